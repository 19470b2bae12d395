"""thinc operations that multiply matrices with numpy's BLAS.

thinc's default ``NumpyOps`` multiplies with the ``blis`` package; on this project's 2-core
x86 machines that is about 3x slower than numpy's own BLAS (OpenBLAS) at our model's sizes
(a (200 x 384) by (384 x 384) product: 1.47 ms against 0.48 ms, one thread each). Our
model's layers (maxout, the NER's hidden layer) only ask ``ops.gemm``; everything else
stays thinc's. The spans are the same (``tests/test_model.py``).
"""

import numpy as np
from thinc.api import NumpyOps


class NumpyBlasOps(NumpyOps):
    name = "numpy_blas"

    def gemm(self, x, y, out=None, trans1: bool = False, trans2: bool = False):
        a = x.T if trans1 else x
        b = y.T if trans2 else y
        if out is None:
            return np.matmul(a, b)
        np.matmul(a, b, out=out)
        return out


def use_numpy_blas(nlp) -> None:
    """Every layer of every component of ``nlp`` computes with :class:`NumpyBlasOps`."""
    ops = NumpyBlasOps()
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
