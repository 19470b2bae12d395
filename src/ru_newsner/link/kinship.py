"""A role named after a noun of kinship is not the relative's: "дочь бывшего министра обороны
Анна Петрова", "Мария Иванова, внучка бывшего директора завода". The noun of kinship
governs the role in the genitive, so the role is held by a genitive name after it
("дочь президента Узбекистана Ислама Каримова Лолла"), never by the relative named beside it,
before or after. So such a phrase is paired only by the rules that look after it
(``link.pairing_rules.FORWARD``), with a name that can be genitive, and never through the
dependency tree.

NEREL train: 7 wrong pairs go, one moves to its holder ("дочь президента Нурсултана Назарбаева
Даригу"), 2 right ones are lost (names pymorphy3 reads as a woman's nominative first name:
"Ким Чен Ира", "Таксина Чинавата"); dev: 8 wrong pairs go, none right.
"""

# family and partners; "соратник", "коллега", "помощник" are roles of their own in NEREL
KIN = frozenset("""
дочь сын внук внучка правнук правнучка жена муж супруг супруга вдова вдовец подруга друг
брат сестра мать отец дед дедушка бабушка племянник племянница зять невестка сноха тесть
тёща теща свёкор свекор свекровь отчим мачеха пасынок падчерица любовница любовник невеста
жених сожитель сожительница родственник родственница ребёнок ребенок экс-жена экс-супруга
экс-муж экс-супруг
""".split())
ADJECTIVE_GAP = 2  # "дочь знаменитого писателя": words in agreement between the noun and the role


def relatives_role(tokens, first: int, parse) -> bool:
    """Whether the role phrase starting at token ``first`` hangs in the genitive on a noun of
    kinship that is not in the genitive itself ("дочь президента", not the ambiguous "сына
    президента", where "сына принца Филиппа" may be Philippe's own title)."""
    i = first - 1
    for _ in range(ADJECTIVE_GAP + 1):
        if i < 0 or not tokens[i].text[:1].isalpha():
            return False
        readings = [p for p in parse(tokens[i].text) if p.tag.POS == "NOUN" and p.normal_form in KIN]
        if readings:
            return not any({"gent", "gen2"} & p.tag.grammemes for p in readings)
        if not any(p.tag.POS in ("ADJF", "PRTF") and "gent" in p.tag for p in parse(tokens[i].text)):
            return False
        i -= 1
    return False
