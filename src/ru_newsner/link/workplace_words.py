"""The words that decide whether a role phrase names its holder's workplace (``link.role_phrases``):
"член партии" does not, "член Совета Федерации" does, "российский президент" does, "капитан сборной
Сербии" works for the team."""

import re

# positions with no workplace: membership, representation, honorary titles
NO_WORKPLACE = frozenset({"член", "представитель", "представительница", "артист", "артистка",
                          "деятель", "папа", "посол", "сторонник"})
# a chamber's or a high court's member sits and works there ("член Совета Федерации", "членом
# Совфеда", "член Палаты представителей"); a party's, a union's or an alliance's does not (NEREL
# train + dev: 19 of 21 such members with the chamber as workplace, 2 of 31 with other bodies)
_LEGISLATURES = (r"совет\w* федерации|совфед|сенат|конгресс|палат\w* (?:представителей|общин|лордов)|госдум|"
                 r"государственн\w* дум|парламент|европарламент|бундестаг|верховн\w* рад|госсовет|"
                 r"государственн\w* совет|законодательн\w* собрани")
CHAMBERS = re.compile(f"(?:{_LEGISLATURES}|верховн\\w* суд|конституционн\\w* суд)", re.IGNORECASE)
LEGISLATURES = re.compile(f"(?:{_LEGISLATURES})", re.IGNORECASE)  # a parliament's chambers alone
# a body's representative speaks for it and works there ("представитель Роскомнадзора"), and
# so does its ambassador ("посол доброй воли ООН"); a theatre's artist plays there ("артист
# Ленкома"); a place's do not ("представитель США", "народный артист России")
FOR_BODIES = frozenset({"представитель", "представительница", "посол", "артист", "артистка"})
# a place's representative at a body works there: "представитель России [в ООН]", "постпред
# России [при ООН]" (NEREL train + dev: 13 of 14 such bodies a WORKPLACE, the place 1 of 14)
REPRESENTATIVES = frozenset({"представитель", "представительница", "постпред", "посол", "полпред"})
# heads that keep the organization past a nested position: "врио губернатора Курской
# области" works there; "пресс-секретарь президента России" and (in NEREL) "заместитель
# министра транспорта России" do not
DEPUTY = frozenset({"врио", "исполнять"})  # "исполняющий обязанности губернатора Курской области"
# positions held in a state, so that a place adjective names the workplace ("российский
# президент" works for Russia; "британский боксёр" only comes from Britain); the third line,
# a monarch's and a leader's ("британского принца", "северокорейский лидер"): NEREL train 8
# more pairs, 5 right, dev 3 of 3
STATE_POSTS = frozenset("""
президент вице-президент премьер премьер-министр вице-премьер министр посол канцлер
госсекретарь генпрокурор консул полпред
лидер король королева принц принцесса кронпринц монарх император императрица
""".split())
# organization nouns in a complement: "капитан сборной Сербии", "глава департамента культуры
# Москвы" — the workplace is the complement (not a mention), not the place after it; a state or
# a district is the place ("губернатор штата Нью-Мексико", "шериф округа Харрис": NEREL train 6
# of 7 such pairs)
ORG_NOUNS = frozenset("""
сборная команда клуб департамент управление правительство администрация суд полиция комитет
центр служба отдел министерство совет компания группа рок-группа театр университет партия
банк фонд институт академия штаб армия войско подразделение дирекция корпорация оркестр
агентство ведомство бюро палата префектура мэрия аппарат коллегия
организация ассоциация союз федерация лига концерн холдинг издание газета журнал телеканал
""".split())
