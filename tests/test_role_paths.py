import pytest

import ru_newsner
from ru_newsner.link.role_paths import (
    Candidate,
    choose,
    coarse,
    role_paths,
    seen_paths,
    share,
    signature,
)
from ru_newsner.link.roles import find_roles
from ru_newsner.pipeline.resources import shared

# "Роберт Мугабе заявил об уходе с поста президента": (head, relation) per word
TREE = [(2, "nsubj"), (0, "appos"), (-1, "root"), (4, "case"), (2, "obl"), (6, "case"), (4, "nmod"), (6, "nmod")]


def test_signature_climbs_to_the_common_ancestor_and_down():
    assert signature(TREE, 7, 0, lambda i: "VERB") == "nmod>nmod>obl|VERB|nsubj"
    assert signature(TREE, 0, 1, lambda i: "X") == "|R|appos"   # the person hangs on the role word
    assert signature(TREE, 1, 0, lambda i: "X") == "appos|P|"


def test_a_cycle_or_forest_gives_no_signature():
    assert signature([(-1, "root"), (-1, "root")], 0, 1, lambda i: "X") is None


def _phrase(head: int, plural: bool = False):
    phrase = object.__new__(type("P", (), {"__slots__": ("head", "first", "last", "plural")}))
    phrase.head, phrase.first, phrase.last, phrase.plural = head, head, head, plural
    return phrase


def test_choose_prefers_the_surer_signature_then_the_nearer_person():
    phrase = _phrase(5)
    found = [Candidate(phrase, 1, "a", 4), Candidate(phrase, 2, "b", 1), Candidate(phrase, 3, "a", 2),
             Candidate(phrase, 4, "unknown", 0)]
    assert choose(found, {"a": 0.9, "b": 0.6}) == [(phrase, 3)]
    assert choose(found, {"b": 0.6}) == [(phrase, 2)]
    assert choose(found, {}) == []


def test_a_plural_phrase_keeps_every_accepted_person():
    phrase, single = _phrase(5, plural=True), _phrase(9)
    found = [Candidate(phrase, 1, "pl|a", 4), Candidate(phrase, 2, "pl|b", 1), Candidate(phrase, 3, "pl|x", 2),
             Candidate(single, 1, "a", 3), Candidate(single, 2, "a", 1)]
    assert choose(found, {"pl|a": 0.5, "pl|b": 0.9, "a": 0.5}) == [(phrase, 1), (phrase, 2), (single, 2)]


def test_the_shipped_table_is_learned_and_readable():
    table = role_paths()
    assert table and all(0 < share <= 1 for share in table.values())
    bare = [sig.removeprefix("~").removeprefix("pl|") for sig in table]
    assert all(sig.count("|") == (3 if sig.startswith("prev") or "~" + sig in table or "~pl|" + sig in table else 2)
               for sig in bare)
    assert any(sig.startswith("~") for sig in table)  # coarse signatures for rare paths
    assert not seen_paths() & {sig for sig in seen_paths() if sig.startswith("~")}
    assert set(table) - seen_paths() == {sig for sig in table if sig.startswith("~")}
    assert any(sig.startswith("pl|") for sig in table)  # plural phrases have signatures of their own


@pytest.mark.parametrize(("text", "person", "title"), [
    ("21 ноября Роберт Мугабе заявил об уходе с поста президента Зимбабве.", "Роберт Мугабе", "президент"),
    # ("исполнял обязанности министра" the adjacent patterns pair since the thirty-seventh session)
])
def test_roles_paired_through_the_tree(text, person, title):
    article = ru_newsner.load()(text)
    assert [(article.mentions[r.person].text, r.title) for r in article.relations] == [(person, title)]
    # the adjacent patterns alone leave the phrase unpaired
    assert find_roles(text, article.mentions, shared().parse) == []


def test_the_organization_comes_with_the_phrase():
    article = ru_newsner.load()("21 ноября Роберт Мугабе заявил об уходе с поста президента Зимбабве.")
    (role,) = article.relations
    assert article.mentions[role.organization].text == "Зимбабве"
    assert role.person_entity == article.mentions[role.person].entity


def test_a_title_without_a_person_takes_one_from_the_sentence_before():
    article = ru_newsner.load()("На Олимпиаде в Бразилии Юлия Ефимова завоевала две серебряные медали. "
                                "Спортсменка является четырёхкратной чемпионкой мира.")
    assert [(article.mentions[r.person].text, r.text) for r in article.relations] == [
        ("Юлия Ефимова", "Спортсменка")]
    assert any(sig.startswith("prev1|") for sig in role_paths())


def test_a_plural_title_pairs_with_each_person_of_its_list():
    text = ("Среди них был Тевес, а также его партнеры по сборной Аргентины Хуан Себастьян Верон, "
            "Габриэль Хейнце и Диего Милито.")
    article = ru_newsner.load()(text)
    assert [(article.mentions[r.person].text, r.text) for r in article.relations if r.title is not None] == [
        ("Хуан Себастьян Верон", "партнеры"), ("Габриэль Хейнце", "партнеры"), ("Диего Милито", "партнеры")]


def test_no_person_in_reach_no_role():
    article = ru_newsner.load()("Спортсменка является четырёхкратной чемпионкой мира.")
    assert article.relations == []


def test_the_parser_gives_slovnets_own_trees():
    from razdel import tokenize

    from ru_newsner.link.role_paths import parser
    from ru_newsner.resources import load_slovnet_syntax

    syntax = load_slovnet_syntax()
    sentences = [[t.text for t in tokenize(s)] for s in (
        "Роберт Мугабе заявил об уходе с поста президента Зимбабве.", "Да.",
        "Генеральный директор АО «Омсктрансмаш» Василий Ковалев подписал соглашение с министром.")] * 7
    expected = [[(int(t.head_id) - 1, t.rel) for t in m.tokens] for m in syntax.map(sentences)]
    assert parser(syntax)(sentences) == expected


def test_coarse_signature_keeps_the_ends_of_the_path():
    assert coarse("nmod>nmod>obl|VERB|nsubj") == "~obl|VERB|nsubj|4"
    assert coarse("pl||R|appos>conj") == "~pl||R|conj|2"
    assert coarse("prev1|xcomp|nsubj|1") is None


def test_a_rare_path_is_judged_by_its_coarse_signature():
    table = {"a|VERB|nsubj": 0.9, "~obl|VERB|nsubj|4": 0.5}
    assert share("a|VERB|nsubj", table) == 0.9
    assert share("nmod>nmod>obl|VERB|nsubj", table) == 0.5  # unseen: its coarse signature
    assert share("nmod>nmod>obl|VERB|nsubj", table, frozenset({"nmod>nmod>obl|VERB|nsubj"})) is None  # seen, rejected
    assert share("prev1|xcomp|nsubj|1", table) is None


def test_a_phrase_inside_a_chosen_one_is_its_complement():
    outer, inner = _phrase(5), _phrase(6)  # "советником [президента]"
    outer.last = 6
    found = [Candidate(outer, 1, "a", 2), Candidate(inner, 1, "a", 3)]
    assert choose(found, {"a": 0.9}) == [(outer, 1)]
