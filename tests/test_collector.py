"""pipeline.collector: the collector's thresholds are raised while we compute; the caller's
youngest-generation threshold is back whenever the caller's code runs, and all of the
caller's thresholds when the iteration ends."""

import gc

import pytest

from ru_newsner.pipeline.collector import THRESHOLDS, collected_rarely


@pytest.fixture
def thresholds():
    saved = gc.get_threshold()
    yield
    gc.set_threshold(*saved)


def test_raised_while_computing_and_restored_between_items(thresholds):
    gc.set_threshold(700, 10, 10)
    seen = []

    def work():
        for i in range(3):
            seen.append(gc.get_threshold())
            yield i

    for i in collected_rarely(work()):
        assert gc.get_threshold() == (700, *THRESHOLDS[1:])  # the caller's youngest, between items
    assert seen == [THRESHOLDS] * 3
    assert gc.get_threshold() == (700, 10, 10)  # all the caller's own at the end


def test_a_callers_change_between_items_is_kept(thresholds):
    gc.set_threshold(700, 10, 10)
    items = collected_rarely(iter([1, 2]))
    next(items)
    gc.set_threshold(2000, *gc.get_threshold()[1:])
    next(items)
    assert gc.get_threshold()[0] == 2000
    list(items)
    assert gc.get_threshold() == (2000, 10, 10)


def test_an_abandoned_iteration_gives_the_thresholds_back(thresholds):
    gc.set_threshold(700, 10, 10)
    items = collected_rarely(iter([1, 2, 3]))
    next(items)
    items.close()
    assert gc.get_threshold() == (700, 10, 10)


def test_higher_caller_thresholds_and_switched_off_collector_are_kept(thresholds):
    gc.set_threshold(10 * THRESHOLDS[0], 5, 1000)
    assert [gc.get_threshold() for _ in collected_rarely(iter([1]))] == [(10 * THRESHOLDS[0], 20, 1000)]
    assert gc.get_threshold() == (10 * THRESHOLDS[0], 5, 1000)
    seen = []

    def work():
        seen.append(gc.get_threshold())
        yield 1

    list(collected_rarely(work()))
    assert seen == [(10 * THRESHOLDS[0], 20, 1000)]
    gc.set_threshold(0)
    seen.clear()
    list(collected_rarely(work()))
    assert seen[0][0] == 0


def test_restored_when_the_stage_raises(thresholds):
    gc.set_threshold(700, 10, 10)

    def work():
        yield 1
        raise ValueError("bad")

    items = collected_rarely(work())
    next(items)
    with pytest.raises(ValueError):
        next(items)
    assert gc.get_threshold() == (700, 10, 10)


def test_pipeline_restores_the_callers_thresholds(thresholds):
    import ru_newsner

    gc.set_threshold(700, 10, 10)
    pipeline = ru_newsner.load()
    for _ in pipeline.pipe(["Владимир Путин прибыл в Москву.", "Да."]):
        assert gc.get_threshold()[0] == 700
    assert gc.get_threshold() == (700, 10, 10)
    pipeline("Сергей Лавров прилетел в Анкару.")
    assert gc.get_threshold() == (700, 10, 10)
