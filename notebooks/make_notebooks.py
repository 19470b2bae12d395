"""Writes the demo notebooks (without outputs) from the cells below: edit here, then run
``python notebooks/make_notebooks.py``. The test suite executes every notebook."""

from pathlib import Path

import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

HERE = Path(__file__).parent

NOTEBOOKS = {
    "1_quickstart.ipynb": [
        new_markdown_cell("# ru_newsner quickstart\nExtract people, organizations, locations, "
                          "laws and dates from a Russian news article, see them highlighted, "
                          "as a table and as JSON. Uses the project's bundled sample."),
        new_code_cell("import json\nimport ru_newsner\nfrom ru_newsner.sample import sample_path\n\n"
                      "nlp = ru_newsner.load()\n"
                      "row = json.loads(sample_path().read_text('utf-8').splitlines()[0])\n"
                      "article = nlp(row['text'], id=row['id'], published_at=row['published_at'])\n"
                      "print(len(article.mentions), 'mentions,', len(article.entities), 'entities')"),
        new_code_cell("from IPython.display import HTML\nfrom ru_newsner.display import render_html\n\n"
                      "HTML(render_html(article, page=False))"),
        new_code_cell("from ru_newsner.display import entity_table\n\nentity_table(article)"),
        new_code_cell("for m in article.mentions:\n"
                      "    assert article.text[m.start:m.stop] == m.text  # offsets are exact\n"
                      "print(article.model_dump_json(indent=1)[:1500])"),
    ],
    "2_dates_and_laws.ipynb": [
        new_markdown_cell("# Dates and laws\nRelative dates are resolved against the publication "
                          "date; legal references come with their parts."),
        new_code_cell("import pandas as pd\nimport ru_newsner\n\nnlp = ru_newsner.load()\n"
                      "text = ('Вчера, 28 февраля, в Омске обсудили планы на этом году. '\n"
                      "        'На прошлой неделе суд назначил штраф по ч. 2 ст. 12.9 КоАП РФ, '\n"
                      "        'а 1 марта вступит в силу постановление Правительства РФ от 25.05.2020 '\n"
                      "        '№ 3543 «О мерах поддержки».')"),
        new_code_cell("def dates(published_at):\n"
                      "    a = nlp(text, published_at=published_at)\n"
                      "    return pd.DataFrame([dict(text=m.text, kind=m.date_kind, granularity=m.granularity,\n"
                      "                              start=m.value_start, end=m.value_end, relative=m.is_relative)\n"
                      "                         for m in a.mentions if m.kind == 'date'])\n\n"
                      "dates('2024-02-29')"),
        new_code_cell("dates(None)  # no anchor: relative dates keep no value"),
        new_code_cell("article = nlp(text, published_at='2024-02-29')\n"
                      "pd.DataFrame([dict(text=m.text, act_kind=m.act_kind, normal=m.normal, number=m.number,\n"
                      "                   adopted=m.adopted, issuer=m.issuer,\n"
                      "                   path=m.path.model_dump(exclude_none=True) if m.path else None,\n"
                      "                   nested_in=m.parent)\n"
                      "              for m in article.mentions if m.kind == 'law'])"),
    ],
    "3_dump.ipynb": [
        new_markdown_cell("# A dump\nRead a sample dump, extract with the batch API into Parquet, "
                          "look at the top entities, a timeline, and query with DuckDB. Uses "
                          "`../shared/data/dumps/ods/` where present, else the bundled sample."),
        new_code_cell("import tempfile\nfrom pathlib import Path\n\nfrom ru_newsner.batch.run import run\n"
                      "from ru_newsner.io import read\nfrom ru_newsner.sample import sample_path\n\n"
                      "shared = Path('../../shared/data/dumps/ods')\n"
                      "inputs = sorted(shared.glob('*.csv.gz'))[:3] if shared.is_dir() else [Path(str(sample_path()))]\n"
                      "raws = (raw for path in inputs for raw in read(path))\n"
                      "out = Path(tempfile.mkdtemp()) / 'out'\n"
                      "summary = run(raws, out, workers=1)\n"
                      "print(inputs, summary.articles, 'articles,', summary.errors, 'errors,', dict(summary.labels))"),
        new_code_cell("import pyarrow.parquet as pq\n\nentities = pq.read_table(out / 'entities').to_pandas()\n"
                      "entities.groupby(['kind', 'name'])['count'].sum().sort_values(ascending=False).head(15)"),
        new_code_cell("from ru_newsner.display import plot_timeline, plot_type_counts\n\n"
                      "plot_timeline(out, top=5, freq='D');"),
        new_code_cell("plot_type_counts(out);"),
        new_code_cell("import duckdb\n\nduckdb.sql(f\"SELECT name, count(DISTINCT article_id) n FROM '{out}/entities/*.parquet' \"\n"
                      "           \"WHERE kind='organization' GROUP BY name ORDER BY n DESC LIMIT 20\").df()"),
    ],
    "4_accuracy.ipynb": [
        new_markdown_cell("# Accuracy\nScore the pipeline on a NEREL-format JSONL file given by path "
                          "(`NEREL_PATH`, default `../../shared/data/nerel/dev.jsonl`) and plot F1 per "
                          "type. Without the file, this notebook says so and stops cleanly."),
        new_code_cell("import os\nfrom pathlib import Path\n\n"
                      "path = Path(os.environ.get('NEREL_PATH', '../../shared/data/nerel/dev.jsonl'))\n"
                      "available = path.is_file()\n"
                      "print(path, 'found' if available else 'is absent: skipping the evaluation')"),
        new_code_cell("if available:\n"
                      "    import ru_newsner\n    from ru_newsner.evaluate import format_scores, read_nerel, score\n\n"
                      "    docs = list(read_nerel(path))\n    nlp = ru_newsner.load()\n"
                      "    labels = {'PER', 'ORG', 'LOC', 'DATE', 'TIME', 'LAW'}\n"
                      "    pairs = [({s for s in d.spans if s[0] in labels},\n"
                      "              {(m.label, m.start, m.stop) for m in a.mentions})\n"
                      "             for d, a in zip(docs, nlp.pipe(d.text for d in docs))]\n"
                      "    scores = score(pairs)\n    print(format_scores(scores))"),
        new_code_cell("if available:\n    from ru_newsner.display import plot_scores\n    plot_scores(scores);"),
    ],
}


def main() -> None:
    for name, cells in NOTEBOOKS.items():
        nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3",
                                                                "language": "python"}})
        nbformat.write(nb, HERE / name)
        print("wrote", HERE / name)


if __name__ == "__main__":
    main()
