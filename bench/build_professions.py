"""Build ``link/data/professions.txt``: head lemmas of NEREL *train* PROFESSION spans.

    python bench/build_professions.py [--data ../shared/data/nerel/train.jsonl] [--min 2]

The head of "генеральным директором" is "директор": the first singular noun of the span
(pymorphy3's first noun parse).  Lemmas seen at least ``--min`` times in the singular are
kept, with a few hand-added ones (HAND) and without the generic nouns in DROP.
"""

import argparse
import json
import re
from collections import Counter
from pathlib import Path

import pymorphy3

OUT = Path(__file__).resolve().parents[1] / "src" / "ru_newsner" / "link" / "data" / "professions.txt"
WORD = re.compile(r"[А-Яа-яЁёA-Za-z]+(?:-[А-Яа-яЁёA-Za-z]+)*")

HAND = """
президент вице-президент директор гендиректор министр замминистра глава руководитель
губернатор вице-губернатор мэр вице-мэр председатель зампред заместитель редактор
главред пресс-секретарь депутат сенатор премьер-министр премьер вице-премьер посол генерал
тренер наставник начальник управляющий советник помощник спикер представитель
омбудсмен уполномоченный прокурор генпрокурор судья адвокат канцлер король королева
аналитик эксперт экономист политолог основатель сооснователь совладелец владелец
гендиректор секретарь генсек атташе пресс-атташе консул префект аким лидер член сотрудник
ректор проректор декан доцент шоумен папа командующий главнокомандующий замглавы министр-президент
""".split()

# common occupations of news text, from general knowledge of the language (not from NEREL):
# the train spans miss many of them ("фельдшер", "нардеп", "диджей")
OCCUPATIONS = """
врач медик фельдшер хирург медсестра санитар фармацевт ветеринар стоматолог психолог психиатр
пилот летчик штурман стюардесса бортпроводник капитан водитель шофер машинист диспетчер
полицейский следователь дознаватель оперативник инспектор пристав силовик спасатель пожарный
военнослужащий солдат офицер сержант лейтенант майор полковник подполковник адмирал маршал
генерал-майор генерал-лейтенант генерал-полковник контр-адмирал вице-адмирал десантник
журналист корреспондент репортер фотограф фотокорреспондент обозреватель колумнист
блогер телеведущий радиоведущий ведущий диктор диджей редактор главред
режиссер продюсер сценарист композитор дирижер певец певица музыкант гитарист барабанщик оператор телеоператор
вокалист пианист скрипач балерина танцор хореограф актер актриса писатель поэт драматург
художник скульптор архитектор дизайнер модельер фотохудожник искусствовед критик
учитель преподаватель профессор академик доцент историк физик химик биолог математик
языковед демограф микробиолог эпидемиолог нарколог пульмонолог криминалист криминолог
сторож курьер шахтер горняк металлург нефтяник фермер
астроном археолог социолог философ филолог лингвист инженер конструктор программист
бизнесмен предприниматель банкир бухгалтер финансист аудитор нотариус юрисконсульт
футболист хоккеист теннисист баскетболист волейболист боксер борец пловец гимнаст фигурист
лыжник биатлонист конькобежец велогонщик гонщик легкоатлет бегун бегунья прыгун шахматист
вратарь голкипер защитник полузащитник нападающий форвард арбитр рефери капитан
священник митрополит архиепископ епископ патриарх имам муфтий раввин монах пастор кардинал
дипломат чиновник госслужащий нардеп депутат мэр губернатор полпред министр замминистра
замгендиректора замгендиректор замдиректора замдиректор замначальника замначальник
замруководителя замруководитель замкомандующего замкомандующий
""".split()

# women's forms of heads of the lists and of NEREL, from the language (NEREL train names too few women
# by them to see each twice): "руководительница пресс-службы", "сотрудница полиции"; kept where the
# man's form is a head
FEMININE = dict(pair.split(":") for pair in """
сотрудник:сотрудница руководитель:руководительница председатель:председательница учитель:учительница
преподаватель:преподавательница экономист:экономистка юрист:юристка гимнаст:гимнастка лыжник:лыжница
баскетболист:баскетболистка хоккеист:хоккеистка бортпроводник:бортпроводница продавец:продавщица
переводчик:переводчица секретарь:секретарша программист:программистка
""".split())

# generic or ambiguous heads that are not positions on their own
DROP = {"человек", "житель", "участник", "лицо", "работник", "гражданин",
        "сторонник", "противник", "коллега", "друг", "брат", "сын", "отец", "мать",
        "жена", "муж", "дочь", "мама", "ребёнок", "пассажир", "пострадавший",
        "погибший", "свидетель", "жертва", "кандидат", "победитель", "игрок",
        "студент", "ученик", "выпускник", "пенсионер", "учёный", "специалист",
        "звезда", "автор", "герой", "мастер", "хозяин", "чемпион", "представительница",
        "преемник", "предшественник", "враг", "пользователь", "клиент", "покупатель",
        # misparsed heads (a noun reading of another word) and organizations
        "вица", "главное", "городской", "дело", "защита", "зубной", "исполнительный",
        "исполняющий", "квн", "отделение", "политика", "президентство", "премьера", "степень",
        "стрелка", "телеканал", "тело", "фонд", "руководство", "командование", "высочество",
        "старший", "беженец", "боевик", "школьник", "фанат", "охотник", "леди", "сэр",
        "прислуга", "таксист", "аспирант",
        # owners and founders hold no position (NEREL: OWNER_OF, FOUNDED_BY, not WORKS_AS)
        "основатель", "сооснователь", "владелец", "совладелец", "миллиардер", "наследник",
        "олигарх", "создатель"}
# kept out of DROP: "модель" (a fashion model: 11 of 16 uses head a PROFESSION in train, and a
# product's "модель" is never next to a person) and "болельщик" (11 of 13)


def head_lemma(span: str, parse) -> str | None:
    for word in WORD.findall(span):
        for p in parse(word):
            if p.tag.POS == "NOUN" and p.score >= 0.1:
                if "Name" in p.tag or "Surn" in p.tag or "Geox" in p.tag:
                    return None
                return p.normal_form if "plur" not in p.tag or p.normal_form != word.lower() else None
        if any(p.tag.POS in ("ADJF", "PRTF") for p in parse(word)[:1]):
            continue
        return None
    return None


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", default="../shared/data/nerel/train.jsonl")
    ap.add_argument("--min", type=int, default=2)
    args = ap.parse_args(argv)
    morph = pymorphy3.MorphAnalyzer()
    counts: Counter[str] = Counter()
    with open(args.data, encoding="utf-8") as f:
        for line in f:
            for e in json.loads(line)["entities"]:
                if e["type"] == "PROFESSION":
                    lemma = head_lemma(e["text"], morph.parse)
                    if lemma:
                        counts[lemma.replace("ё", "е")] += 1
    lemmas = {w for w, n in counts.items() if n >= args.min} | {w.replace("ё", "е") for w in HAND + OCCUPATIONS}
    lemmas |= {woman for man, woman in FEMININE.items() if man in lemmas}
    lemmas -= DROP
    OUT.write_text("# head lemmas of positions: NEREL train PROFESSION heads (bench/build_professions.py)\n"
                   + "\n".join(sorted(lemmas)) + "\n", encoding="utf-8")
    print(f"{len(lemmas)} lemmas ({len(counts)} seen) -> {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
