"""Pictures: an article with every mention highlighted (nested ones visible), an entity
table, and plots of batch output (mentions of top entities over time, type counts)."""

from pathlib import Path

from .optional import require
from .records import Article

COLORS = {"PER": "#ffd166", "ORG": "#8ecae6", "LOC": "#95d5b2", "DATE": "#f4acb7",
          "TIME": "#f7c6d0", "LAW": "#cdb4db"}


def _doc(article: Article):
    import spacy

    from .pipeline.tokenizer import razdel_config
    from .spacy_component import from_article

    return from_article(spacy.blank("ru", config=razdel_config()), article)


def render_html(article: Article, *, page: bool = True) -> str:
    """displaCy's span view: each mention underlined with its type; nested mentions stack."""
    from spacy import displacy

    options = {"spans_key": "ru_newsner", "colors": COLORS}
    return displacy.render(_doc(article), style="span", options=options, page=page, jupyter=False)


def entity_table(article: Article):
    """A pandas DataFrame: canonical name, type, count, mention texts, aliases, roles."""
    pd = require("pandas")
    roles: dict[int, list[str]] = {}
    for r in article.relations:
        org = "" if r.organization_entity is None else f" ({article.entities[r.organization_entity].name})"
        # a verb: "возглавляет (…)"; the workplace classifier: "место работы (…)"
        title = r.title and ("экс-" if r.former else "") + r.title
        roles.setdefault(r.person_entity, []).append((title or (r.text if r.score is None else "место работы")) + org)
    rows = [{"name": e.name, "type": e.kind, "count": e.count,
             "mentions": sorted({article.mentions[i].text for i in e.mentions}),
             "aliases": e.aliases, "roles": roles.get(k, [])}
            for k, e in enumerate(article.entities)]
    return pd.DataFrame(rows).sort_values(["count", "name"], ascending=[False, True]).reset_index(drop=True)


def _frames(parquet_root: str | Path):
    pd = require("pandas")
    import pyarrow.parquet as pq

    root = Path(parquet_root)
    articles = pq.read_table(root / "articles", columns=["id", "published_at"]).to_pandas()
    entities = pq.read_table(root / "entities", columns=["article_id", "kind", "name", "count"]).to_pandas()
    articles["published_at"] = pd.to_datetime(articles["published_at"], errors="coerce", utc=True)
    return articles, entities


def plot_timeline(parquet_root, top: int = 5, freq: str = "MS", ax=None):
    """Mentions of the ``top`` entities per period of ``published_at`` (Parquet output)."""
    plt = require("matplotlib.pyplot")
    articles, entities = _frames(parquet_root)
    merged = entities.merge(articles, left_on="article_id", right_on="id").dropna(subset=["published_at"])
    names = merged.groupby("name")["count"].sum().nlargest(top).index
    table = (merged[merged["name"].isin(names)]
             .groupby([merged["published_at"].dt.to_period(freq[0]).dt.to_timestamp(), "name"])["count"]
             .sum().unstack(fill_value=0))
    ax = ax or plt.subplots(figsize=(8, 4))[1]
    table.plot(ax=ax, marker="o")
    ax.set_xlabel("published")
    ax.set_ylabel("mentions")
    ax.set_title(f"Mentions of the top {top} entities")
    return ax


def plot_type_counts(parquet_root, ax=None):
    """Entities by type in a Parquet output (bar chart)."""
    plt = require("matplotlib.pyplot")
    _, entities = _frames(parquet_root)
    ax = ax or plt.subplots(figsize=(5, 3))[1]
    entities["kind"].value_counts().plot.bar(ax=ax)
    ax.set_ylabel("entities")
    ax.set_title("Entities by type")
    return ax


def plot_scores(scores: dict, ax=None):
    """Per-type exact F1 from ``ru_newsner.evaluate.score`` (bar chart)."""
    plt = require("matplotlib.pyplot")
    labels = [k for k in scores if k != "ALL"]
    ax = ax or plt.subplots(figsize=(5, 3))[1]
    ax.bar(labels, [100 * scores[k].f1 for k in labels])
    ax.set_ylim(0, 100)
    ax.set_ylabel("exact F1")
    ax.set_title("F1 per type")
    return ax
