"""The words that decide whether a role phrase names its holder's workplace (``link.role_phrases``):
"член Совета" does not, "российский президент" does, "капитан сборной Сербии" works for the team."""

# positions with no workplace: membership, representation, honorary titles
NO_WORKPLACE = frozenset({"член", "представитель", "представительница", "артист", "артистка",
                          "деятель", "папа", "посол", "сторонник"})
# a body's representative speaks for it and works there ("представитель Роскомнадзора"); a
# place's does not ("представитель США в ООН")
SPEAKERS = frozenset({"представитель", "представительница"})
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
