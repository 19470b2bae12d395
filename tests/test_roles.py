"""Issue 7: a person's role (position) and organization, as ``Role`` relations."""

import pytest

from ru_newsner.link.member_workplaces import member_workplaces
from ru_newsner.link.roles import find_roles, professions, tokenize, trace_roles

# (sentence, person normal, title, organization normal or None)
ROLES = [
    ("Президент США Дональд Трамп провёл переговоры.", "Дональд Трамп", "президент", "США"),
    ("Министр финансов России Антон Силуанов выступил на форуме.",
     "Антон Силуанов", "министр финансов", "Россия"),
    ("Об этом сообщил глава Минпромторга Денис Мантуров.", "Денис Мантуров", "глава", "Минпромторг"),
    ("Об этом заявил Дональд Трамп, президент США, во время брифинга.",
     "Дональд Трамп", "президент", "США"),
    ("Губернатор Омской области Виталий Хоценко посетил предприятие.",
     "Виталий Хоценко", "губернатор", "Омская область"),
    ("Пресс-секретарь Кремля Дмитрий Песков отказался от комментариев.",
     "Дмитрий Песков", "пресс-секретарь", "Кремль"),
    # a hyphenated title's first part is declined to the nominative too and says the gender
    ("Он поздравил первую женщину-космонавта Валентину Терешкову.", "Валентина Терешкова",
     "первая женщина-космонавт", None),
    # a body's representative works there; a country's works at the body it is represented in, not in the country
    ("Официальный представитель Роскомнадзора Вадим Ампелонский подтвердил блокировку.",
     "Вадим Ампелонский", "официальный представитель", "Роскомнадзор"),
    ("Представитель США в ООН Сьюзан Райс выступила в Совбезе.", "Сьюзан Райс", "представитель", "ООН"),
    ("Представитель США Сьюзан Райс выступила в Совбезе.", "Сьюзан Райс", "представитель", None),
    # "бывший", "экс-" say the position is held no more (``former``), apart from the title
    ("На встрече присутствовал экс-президент Франции Николя Саркози.",
     "Николя Саркози", "президент", "Франция"),
    ("Бывший министр обороны Сергей Шойгу прибыл в Минск.",
     "Сергей Шойгу", "министр обороны", None),
    # a deputy chairman works in the government (an organization), not in a place
    ("Заместитель председателя правительства Александр Новак провёл совещание.",
     "Александр Новак", "заместитель председателя правительства", "правительство"),
    ("Встреча генерального директора «Газпрома» Алексея Миллера с журналистами прошла в Москве.",
     "Алексей Миллер", "генеральный директор", "Газпром"),
    ("Соглашение подписано генеральным директором АО «Омсктрансмаш» Василием Ковалевым.",
     "Василий Ковалев", "генеральный директор", "АО «Омсктрансмаш»"),
    ("Главный редактор - Иванов Пётр Сергеевич.", "Иванов Пётр Сергеевич", "главный редактор", None),
    # a woman's form of a position ("bench/build_professions.py" FEMININE)
    ("Бывшая сотрудница Минфина Анна Смирнова дала показания.", "Анна Смирнова", "сотрудница", "Минфин"),
    ("Руководительница пресс-службы «Аэрофлота» Анна Смирнова сообщила об этом.", "Анна Смирнова",
     "руководительница", "пресс-служба «Аэрофлота»"),
    # a woman's title and a name the tagger calls a man's for want of knowing it
    ("Американская актриса Мия Фэрроу обратилась к президенту.", "Мия Фэрроу", "актриса", None),
    # common occupations of news text NEREL train names too rarely ("bench/build_professions.py" OCCUPATIONS)
    ("Главный внештатный эпидемиолог Минздрава Николай Брико рассказал об этом.", "Николай Брико",
     "главный внештатный эпидемиолог", "Минздрав"),
    ("Его учитель — академик Виктор Виноградов, языковед и литературовед.", "Виктор Виноградов", "языковед", None),
    # "управляющий" (a participle, its lemma a verb) is part of the title
    ("Управляющий директор «Сбербанка» Иван Петров дал прогноз.", "Иван Петров", "управляющий директор", "Сбербанк"),
    ("Управляющий партнер Bain Capital Иван Иванов дал прогноз.", "Иван Иванов", "управляющий партнёр",
     "Bain Capital"),
    ("Мэр Москвы Сергей Собянин открыл новую станцию метро.", "Сергей Собянин", "мэр", "Москва"),
    # the organization after a place adjective that is no place mention here (a nationality
    # to NEREL in most uses), as after "московского": "полузащитника испанской «Барселоны»"
    ("Клуб объявил об аренде полузащитника испанской «Барселоны» Дениса Суареса.", "Денис Суарес",
     "полузащитник", "Барселона"),
    # a candidate is no president, and works nowhere yet
    ("Премьер-министр Украины, кандидат в президенты Юлия Тимошенко выступила.",
     "Юлия Тимошенко", "кандидат в президенты", None),
    ("Бывший кандидат в мэры Москвы Алексей Навальный выступил.", "Алексей Навальный",
     "кандидат в мэры Москвы", None),
    ("Иван Сидоров стал кандидатом в президенты.", "Иван Сидоров", "кандидат в президенты", None),
    ("Председатель Центробанка Эльвира Набиуллина сохранила ключевую ставку.",
     "Эльвира Набиуллина", "председатель", "Центробанк"),
    ("Депутат Госдумы Андрей Исаев внёс законопроект.", "Андрей Исаев", "депутат", "Госдума"),
    ("Сенатор Андрей Клишас прокомментировал поправки.", "Андрей Клишас", "сенатор", None),
    ("Премьер-министр Великобритании Борис Джонсон ушёл в отставку.",
     "Борис Джонсон", "премьер-министр", "Великобритания"),
    ("Главный тренер «Спартака» Гильермо Абаскаль назвал состав.",
     "Гильермо Абаскаль", "главный тренер", "Спартак"),
    ("Иван Петров был назначен генеральным директором «Ростелекома».",
     "Иван Петров", "генеральный директор", "Ростелеком"),
    ("Министром здравоохранения назначен Михаил Мурашко.",
     "Михаил Мурашко", "министр здравоохранения", None),
    ("Как рассказал руководитель департамента транспорта Москвы Максим Ликсутов, движение восстановят.",
     "Максим Ликсутов", "руководитель", "департамент транспорта Москвы"),  # the department is an ORG
    ("Сергей Лавров, министр иностранных дел России, прибыл в Анкару.",
     "Сергей Лавров", "министр иностранных дел", "Россия"),
    ("Вице-премьер Татьяна Голикова посетила больницу.", "Татьяна Голикова", "вице-премьер", None),
    # a legal form or wiki italics between the title and the organization's name
    ('На пост рассматривается гендиректор ОАО "Башкирэнерго" Николай Курапов.',
     "Николай Курапов", "гендиректор", "Башкирэнерго"),
    ("Показания дал глава ''Samsung Electronics'' Ли Джэён.", "Ли Джэён", "глава", "Samsung Electronics"),
    # a position in the complement leaves an organization after it the workplace ...
    ("Как пояснил первый заместитель председателя Комитета Госдумы по науке Дмитрий Новиков, закон принят.",
     "Дмитрий Новиков", "первый заместитель председателя", "Комитет Госдумы по науке"),
    # ... and "энергетики" is no position ("энергетик" has no such genitive)
    ("Делегацию возглавит министр энергетики РФ Сергей Шматко.", "Сергей Шматко", "министр энергетики", "РФ"),
    # a state or a district is a place, no organization in the title
    ("В гонку включится губернатор штата Нью-Мексико Билл Ричардсон.", "Билл Ричардсон", "губернатор штата",
     "Нью-Мексико"),
    # a place adjective opening the sentence; one the dictionary also reads as a surname
    ("Южноафриканский президент Джейкоб Зума заявил об этом.", "Джейкоб Зума", "президент", "Южноафриканский"),
    ("Генеральный директор московского хоккейного клуба ЦСКА Игорь Есмантович сообщил об этом.",
     "Игорь Есмантович", "генеральный директор московского хоккейного клуба", "ЦСКА"),
    # but a place after a position in the complement is no workplace
    ("Об этом сообщил пресс-секретарь президента России Дмитрий Песков.",
     "Дмитрий Песков", "пресс-секретарь президента", None),
    ("Полузащитник «Зенита» Андрей Мостовой забил гол.", "Андрей Мостовой", "полузащитник", "Зенит"),
    ("Канцлер Германии Олаф Шольц выступил в бундестаге.", "Олаф Шольц", "канцлер", "Германия"),
    ("Совещание провёл врио губернатора Курской области Алексей Смирнов.",
     "Алексей Смирнов", "врио губернатора", "Курская область"),
    ("Прокурор Москвы Денис Попов утвердил обвинительное заключение.", "Денис Попов", "прокурор", "Москва"),
    # a place adjective before a state post names its workplace, a monarch's or a leader's too
    ("Встреча с российским президентом Владимиром Путиным прошла в Кремле.",
     "Владимир Путин", "президент", "российский"),
    ("Северокорейский лидер Ким Чен Ын в последние недели не появлялся на публике.",
     "Ким Чен Ын", "лидер", "Северокорейский"),
    ("Результат теста британского принца Чарльза положительный.", "Чарльз", "принц", "британский"),
    # a place adjective before the organization: the organization is the workplace
    ("Год назад полузащитник московского «Спартака» Андрей Тихонов забил гол.",
     "Андрей Тихонов", "полузащитник", "Спартак"),
    # "от" before the organization
    ("Кампанию начал сенатор от Техаса Тед Круз.", "Тед Круз", "сенатор", "Техас"),
    # two role phrases in a row, one holder; a place adjective inside the complement
    ("Трибунал отказал бывшему командующему армии боснийских сербов генералу Ратко Младичу.",
     "Ратко Младич", "командующий армии боснийских сербов", None),
    ("Трибунал отказал бывшему командующему армии боснийских сербов генералу Ратко Младичу.",
     "Ратко Младич", "генерал", None),
    # common occupations beyond NEREL train's lexicon
    ("Фельдшер Шани Гамлиэль рассказал об этом.", "Шани Гамлиэль", "фельдшер", None),
    # an age between the predicate and the name
    ("Министром экономического развития назначен 34-летний Максим Орешкин.",
     "Максим Орешкин", "министр экономического развития", None),
    # a hyphenated title read by its last part
    ("На сцену вышел рок-музыкант Джон Леннон.", "Джон Леннон", "рок-музыкант", None),
    # a numeral governs the phrase's case, not the holders'
    ("Недавно скончались два бывших руководителя РУСАДА: Вячеслав Синев и Никита Камаев.",
     "Никита Камаев", "руководитель", "РУСАДА"),
    # "один из" before a plural role: the person before it holds it
    ("Сэлис, один из руководителей компании Ferrero, ушёл на пенсию.",
     "Сэлис", "руководитель компании", "Ferrero"),
    ("Владимир Зельдин считался одним из старейших актёров в мире.", "Владимир Зельдин", "актёр", None),
    # "и.о." is an acting official's title, as "врио" is; initials in capitals are none
    ("И.о. министра образования Омской области Татьяна Дернова подписала приказ.", "Татьяна Дернова",
     "и.о. министра образования", "Омская область"),
    ("и. о. губернатора Андрей Травников провел совещание.", "Андрей Травников", "и. о. губернатора", None),
    # written out, declined as its participle
    ("Исполняющим обязанности губернатора Курской области назначен Алексей Смирнов.", "Алексей Смирнов",
     "исполняющий обязанности губернатора", "Курская область"),
    ("Временно исполняющая обязанности главы города Анна Иванова провела совещание.", "Анна Иванова",
     "временно исполняющая обязанности главы города", None),
    # the genitive of "премьер" before a name or a place is the prime minister's
    ("Визит премьера Израиля Биньямина Нетаньяху перенесен.", "Биньямин Нетаньяху", "премьер", "Израиль"),
    ("Солистка группы «Блестящие» Жанна Фриске умерла.", "Жанна Фриске", "солистка группы", "Блестящие"),  # quoted: a name
    # an instrumental role before "назначен" is the subject's after it, not a name's before it
    ("Указом президента Владимира Путина временно исполняющим обязанности главы Чувашии назначен Олег Николаев.",
     "Олег Николаев", "временно исполняющий обязанности главы", "Чувашия"),
    # adjectives a title takes in
    ("Главный санитарный врач России Анна Попова ввела ограничения.", "Анна Попова", "главный санитарный врач",
     "Россия"),
    ("Обвинение поддержал окружной прокурор Манхэттена Сайрус Вэнс.", "Сайрус Вэнс", "окружной прокурор",
     "Манхэттен"),
    # the object of an active naming right after the role
    ("Президент назначил исполняющим обязанности губернатора Сергея Цивилёва.", "Сергей Цивилёв",
     "исполняющий обязанности губернатора", None),
    # a chamber's member works there; a party's does not
    ("Законопроект внес член Совета Федерации от Республики Алтай Ралиф Сафин.", "Ралиф Сафин", "член",
     "Совет Федерации"),
    ("Законопроект был внесен членом Совфеда Вячеславом Тимченко.", "Вячеслав Тимченко", "член", "Совфед"),
    ("С заявлением выступил член партии «Яблоко» Лев Шлосберг.", "Лев Шлосберг", "член партии", None),
    # two positions of one person, one after the other in time
    ("Законопроект поддержал бывший вице-президент Лукойла, а ныне член Совета Федерации Ралиф Сафин.",
     "Ралиф Сафин", "вице-президент", "Лукойл"),
    ("Об этом сообщил бывший министр финансов, а затем глава Счетной палаты Алексей Кудрин.",
     "Алексей Кудрин", "министр финансов", None),
    ("Законопроект поддержал бывший вице-президент Лукойла - ныне член Совета Федерации Ралиф Сафин.",
     "Ралиф Сафин", "вице-президент", "Лукойл"),
    # an organization whose name starts as "от" does ("[от]дела") is no "депутат от …"
    ("Заместителем назначен экс-глава отдела оценки Росимущества Егор Поляков.", "Егор Поляков", "глава",
     "отдел оценки Росимущества"),
    # "он"/"она" the holder: the one person of that gender named in the sentence or the one before
    ("Шимон Перес умер в Тель-Авиве. В 2007—2014 годах он был президентом Израиля.", "Шимон Перес", "президент",
     "Израиль"),
    ("Суходольский назначен в июне. До этого он работал заместителем главы МВД Рашида Нургалиева.", "Суходольский",
     "заместитель главы", "МВД"),
    ("Иван Петров родился в Омске. Он — директор компании «Ромашка».", "Иван Петров", "директор компании", "Ромашка"),
    # a name in the genitive of another apposition's noun holds no title after it
    ("В Пекине умер Ли Пэн, соратник Цзян Цзэминя, премьер Государственного совета Китая.", "Ли Пэн", "премьер",
     "Государственный совет Китая"),
    ("Мишель Обама, жена Барака Обамы, юрист по образованию, выступила в Денвере.", "Мишель Обама",
     "юрист по образованию", None),
    # a position fused with "гос", "медиа", "со" is one ("госсоветник", "медиаменеджер")
    ("Политолог и медиаменеджер Игорь Малашенко найден мёртвым.", "Игорь Малашенко", "медиаменеджер", None),
    ("Удалось задержать 15-го солдата-срочника Владислава Челаха.", "Владислав Челах", "солдат", None),
    ("Пост занял сын бывшего президента - ныне госсоветника Татарстана Минтимера Шаймиева Тимур Шаймиев.",
     "Минтимер Шаймиев", "госсоветник", "Татарстан"),
]

NO_ROLES = [
    "Путин встретился с Медведевым. Он был президентом России.",  # two men before "он": which, unknown
    "Шимон Перес умер в Тель-Авиве. Похороны прошли в пятницу. Он был президентом Израиля.",  # two sentences back
    "Журналисты спросили Эльвиру Набиуллину о ставке.",
    "Владимир Путин встретился с Алексеем Миллером.",
    "Президент подписал указ, а Сергей Иванов уехал в Казань.",
    # "спортсменки" is a genitive singular here; its nominative plural reading takes a list
    "Это сообщила мать спортсменки Даниела Липницкая.",
    "Иван Петров встретил одного из руководителей компании.",  # "один" is no predicate of Петров
    # a role after "с", "к", "от" … is another person's than the clause's subject
    "Йенс Столтенберг провел переговоры с министром обороны Украины.",
    "Иван Петров обратился к губернатору области.",
    # a title that a verb follows after a name and a comma is its clause's subject, no apposition
    "По словам Кабейо, президент принесет присягу позднее.",
    "Как сообщил его сын Питер Сорос, 87-летний бизнесмен скончался в больнице.",
    "И.О. Петров заявил о проблеме.",  # initials, no acting official
    # a premiere of a work is no prime minister ("премьера", not "премьер")
    "Премьера оперы «Евгений Онегин» в постановке Дмитрия Чернякова состоялась в Большом театре.",
    "На премьере документального фильма «Фитиль» был Максим Виторган.",
]

# a nationality is no workplace: (sentence, person normal)
NATIONALITY_ONLY = [
    ("Титул завоевал британский боксёр Тайсон Фьюри.", "Тайсон Фьюри"),
    ("Премию получил французский писатель Жером Феррари.", "Жером Феррари"),
]


def _pairs(pipeline, sentence):
    article = pipeline(sentence)
    roles = find_roles(article.text, article.mentions)
    for role in roles:  # offsets are sacred
        assert article.text[role.start:role.stop] == role.text, role
        assert article.mentions[role.person].kind == "person"
    return article, roles


def _org(article, role):
    return None if role.organization is None else article.mentions[role.organization].normal


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), ROLES)
def test_role(pipeline, sentence, person, title, organization):
    article, roles = _pairs(pipeline, sentence)
    found = [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in roles]
    assert (person, title, organization) in found, found


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Министр промышленности и торговли Денис Мантуров посетил завод.", "Денис Мантуров",
     "министр промышленности и торговли", None),
    ("Министр промышленности и энергетики Катара Мухаммед ас-Сада заявил.", "Мухаммед ас-Сада",
     "министр промышленности и энергетики", "Катар"),  # "энергетики" here is no position's genitive plural
    ("Министр экономики, торговли и промышленности Японии Ёдзи Муто прибыл в Москву.", "Ёдзи Муто",
     "министр экономики, торговли и промышленности", "Япония"),
    ("Ранее министр промышленности, торговли и развития предпринимательства Новосибирской области Андрей "
     "Гончаров сообщил об этом.", "Андрей Гончаров", "министр промышленности, торговли и развития предпринимательства",
     "Новосибирская область"),
    ("Заместитель министра строительства и ЖКХ Александр Ломакин сообщил.", "Александр Ломакин",
     "заместитель министра строительства и ЖКХ", None),
    ("Актёр театра и кино Олег Табаков скончался.", "Олег Табаков", "актёр театра и кино", None),
])
def test_a_list_of_complements_belongs_to_the_title(pipeline, sentence, person, title, organization):
    """Complements in one case joined by "и" or a list's commas are one title, as NEREL's PROFESSION
    spans have them; the organization after the list is the title's."""
    article, roles = _pairs(pipeline, sentence)
    assert [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in roles] == [
        (person, title, organization)]


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    # a host of a channel or a show ("ведущий" as a noun)
    ("Ведущий телеканала «Россия 1» Дмитрий Киселёв попал под санкции.", "Дмитрий Киселёв", "ведущий телеканала",
     "Россия 1"),
    ("Ведущая Эрин Эндрюс потребовала компенсацию.", "Эрин Эндрюс", "ведущая", None),
])
def test_a_host(pipeline, sentence, person, title, organization):
    article, roles = _pairs(pipeline, sentence)
    assert (person, title, organization) in [(article.mentions[r.person].normal, r.title, _org(article, r))
                                             for r in roles], roles


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Иван Петров занимает пост директора в компании «Ромашка».", "Иван Петров", "директор", "Ромашка"),
    ('Тимур Шаймиев занял пост генерального директора в нефтедобывающей компании ООО "МНКТ".', "Тимур Шаймиев",
     "генеральный директор", 'ООО "МНКТ"'),
    ("Андрей Могучий работает режиссером-постановщиком в Александринском театре.", "Андрей Могучий",
     "режиссер-постановщик", "Александринский театр"),
    ("Иван Петров работает журналистом в «Коммерсанте».", "Иван Петров", "журналист", "Коммерсант"),
    ("Иван Петров работает журналистом во ВГТРК.", "Иван Петров", "журналист", "ВГТРК"),
    ("Джеймс Коми работал адвокатом в хедж-фонде Bridgewater Associates.", "Джеймс Коми", "адвокат",
     "Bridgewater Associates"),  # a hyphened kind: "хедж-фонд" is a fund
    ("Иван Петров работал послом в США.", "Иван Петров", "посол", None),  # a place: where, not a workplace
    ("Иван Петров стал директором в прошлом году.", "Иван Петров", "директор", None),
])
def test_an_organization_after_v_is_the_titles(pipeline, sentence, person, title, organization):
    """"директором в компании «Ромашка»": the organization named after "в" (a kind of body and
    a legal form may come between) is where the position is held (``link.held_in``)."""
    article, roles = _pairs(pipeline, sentence)
    assert (person, title, organization) in [(article.mentions[r.person].normal, r.title, _org(article, r))
                                             for r in roles], roles


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Абэ был избран председателем правящей Либерально-демократической партии Японии.", "Абэ", "председатель",
     "Либерально-демократическая партия Японии"),
    ("Председатель оппозиционного Парламента Андриан Канду подписал закон.", "Андриан Канду", "председатель",
     "Парламент"),
    ("Лидер крупнейшей оппозиционной Партии регионов Виктор Янукович выступил.", "Виктор Янукович", "лидер",
     "Партия регионов"),
    ("Председатель правящей Югославии Иван Петров выступил.", "Иван Петров", "председатель", None),  # a place: no
])
def test_an_organization_after_adjectives_of_its_own_is_the_titles(pipeline, sentence, person, title, organization):
    """"председателем [правящей] Либерально-демократической партии": lower-case adjectives the
    organization's name leaves out stand between the title and it."""
    article, roles = _pairs(pipeline, sentence)
    assert (person, title, organization) in [(article.mentions[r.person].normal, r.title, _org(article, r))
                                             for r in roles], roles


@pytest.mark.parametrize(("sentence", "holders", "title"), [
    ("Иванка Трамп и Джаред Кушнер являются советниками Белого дома.", ["Иванка Трамп", "Джаред Кушнер"],
     "советник"),
    ("Иван Петров и Сергей Сидоров, заместители губернатора, провели совещание.", ["Иван Петров", "Сергей Сидоров"],
     "заместитель губернатора"),
    ("Анна Иванова, Сергей Сидоров и Олег Павлов стали депутатами.", ["Анна Иванова", "Сергей Сидоров", "Олег Павлов"],
     "депутат"),
    # the role first, in the instrumental, a linking verb, then the list ("стали" no genitive of "сталь" here)
    ("Режиссерами фильма стали Иван Петров и Анна Смирнова.", ["Иван Петров", "Анна Смирнова"], "режиссёр фильма"),
    ("Артистами вечера были Стинг и Дженнифер Лопес.", ["Стинг", "Дженнифер Лопес"], "артист вечера"),
    ("Операторами выступили Михаил Агранович и Михаил Хасая.", ["Михаил Агранович", "Михаил Хасая"], "оператор"),
    # a list after "среди которых", "в том числе", "включая", the places they come from between
    ("В Барнаул прилетели известные писатели и критики, среди которых — Павел Басинский и Михаил Павлов из Москвы, "
     "Василий Авченко из Владивостока.", ["Павел Басинский", "Михаил Павлов", "Василий Авченко"], "критик"),
    ("На церемонии присутствовали известные актеры, в том числе Иван Петров и Анна Смирнова.",
     ["Иван Петров", "Анна Смирнова"], "актёр"),
])
def test_a_plural_role_after_a_list_of_names_is_each_ones(pipeline, sentence, holders, title):
    article, roles = _pairs(pipeline, sentence)
    assert sorted(article.mentions[r.person].normal for r in roles if r.title == title) == sorted(holders), roles


def test_a_plural_role_after_one_name_is_not_its(pipeline):
    _, roles = _pairs(pipeline, "Иван Петров, заместители губернатора и депутаты провели совещание.")
    assert not roles, roles


@pytest.mark.parametrize(("sentence", "person", "organizations"), [
    ("Нападающий «Реала» и сборной Португалии Криштиану Роналду признан лучшим.", "Криштиану Роналду",
     ["Реал", "сборная Португалии"]),
    ("Председатель Госсовета и Совета министров Кубы Рауль Кастро объявил об отставке.", "Рауль Кастро",
     ["Госсовет", "Совет министров Кубы"]),
])
def test_a_title_holds_two_organizations_joined_by_i(pipeline, sentence, person, organizations):
    article = pipeline(sentence)
    held = [_org(article, r) for r in article.relations if article.mentions[r.person].normal == person]
    assert sorted(held) == organizations, article.relations


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Иван Петров является директором школы «Лидер» и депутатом Законодательного собрания Омской области.",
     "Иван Петров", "депутат", "Законодательное собрание Омской области"),
    ("Иван Петров занимает должность директора ООО «Ромашка», а также председателя правления банка «Мечта».",
     "Иван Петров", "председатель правления банка", "Мечта"),
    ("Ранее Анна Смирнова работала пресс-секретарём «Аэрофлота», а также советником главы «Ростеха».",
     "Анна Смирнова", "советник главы", "Ростех"),
    ("Иван Петров, директор школы и депутат городского совета, заявил об этом.",
     "Иван Петров", "депутат", "городской совет"),
    # an organization named after the first one's may stand between
    ("Вячеслав Тимченко занимает должность руководителя координационного совета «Единой России», а также "
     "заместителя председателя комитета Совета Федерации по экономической политике.", "Вячеслав Тимченко",
     "заместитель председателя", "комитет Совета Федерации по экономической политике"),
])
def test_a_second_position_in_a_row_is_the_firsts_holders(pipeline, sentence, person, title, organization):
    """Two positions joined by "и", a comma or "а также" after the name: the second is the
    holder's of the first (``link.coordination.coordinated_after``)."""
    article, roles = _pairs(pipeline, sentence)
    found = [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in roles]
    assert (person, title, organization) in found, found


@pytest.mark.parametrize(("sentence", "title", "holder", "organization"), [
    ("Премьер-министр Дмитрий Медведев назначил руководителем Федеральной службы по надзору в сфере образования "
     "и науки и.о. главы ведомства 30-летнего Ивана Муравьева.", "руководитель", "Иван Муравьев",
     "Федеральной службы по надзору в сфере образования и науки"),
    ("Президент Украины Виктор Янукович назначил начальником Генерального штаба вооруженных сил Украины "
     "генерал-лейтенанта Григория Педченко.", "начальник", "Григорий Педченко", "Генерального штаба"),
    # a conjunction ends the clause: the name after it is no object of the naming
    ("Президент Виктор Янукович назначил начальником Генерального штаба, и Григорий Педченко ушёл.", "начальник",
     None, None),
    # the text ends before any name
    ("Иван Петров приехал. Президент назначил министром совсем недавно", "министр", None, None),
])
def test_the_object_of_a_naming_further_in_its_clause_holds_the_role(pipeline, sentence, title, holder, organization):
    """"назначил [руководителем] … 30-летнего Ивана Муравьева" (NEREL dev): the accusative name
    further on holds the role, not the agent before the verb."""
    article, roles = _pairs(pipeline, sentence)
    holders = [(article.mentions[r.person].normal, article.mentions[r.organization].text if r.organization is not None
                else None) for r in roles if r.title == title]
    assert holders == ([(holder, organization)] if holder else []), roles


@pytest.mark.parametrize(("sentence", "title", "holder"), [
    ("Директор школы Иван Петров и депутат Анна Смирнова встретились с учениками.", "депутат", "Анна Смирнова"),
    ("Петров был назначен министром финансов, министром экономики стал Сидоров.", "министр экономики", "Сидоров"),
])
def test_a_second_position_with_a_name_of_its_own_keeps_it(pipeline, sentence, title, holder):
    article, roles = _pairs(pipeline, sentence)
    assert [article.mentions[r.person].normal for r in roles if r.title == title] == [holder], roles


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("19 июля исполнилось 85 лет художественному руководителю Московского академического театра Сатиры, "
     "полному кавалеру ордена «За заслуги перед Отечеством» Александру Ширвиндту.", "Александр Ширвиндт",
     "художественный руководитель", "Московский академический театр Сатиры"),
    ("Награду вручили директору завода «Сибмаш», лауреату Государственной премии Ивану Петрову.",
     "Иван Петров", "директор завода", "Сибмаш"),
])
def test_an_honour_may_stand_between_a_position_and_its_holder(pipeline, sentence, person, title, organization):
    article, roles = _pairs(pipeline, sentence)
    found = [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in roles]
    assert (person, title, organization) in found, found


def test_a_womans_title_is_no_mans(pipeline):
    article, roles = _pairs(pipeline, "После ухода Л.Глебовой сообщалось, что ее преемником будет И.Муравьев. "
                                      "Сама экс-руководительница рекомендовала заместителя на высокий пост.")
    assert [r for r in roles if r.title == "руководительница"] == [], roles


def test_a_name_inside_an_honour_holds_no_position(pipeline):
    """"лауреат [Нобелевской] премии": a person mention with no name's cases is not the holder."""
    article, roles = _pairs(pipeline, "Бывший президент ЮАР и лауреат Нобелевской премии мира Нельсон Мандела умер.")
    assert {article.mentions[r.person].normal for r in roles} <= {"Нельсон Мандела"}, roles


@pytest.mark.parametrize(("sentence", "person", "organizations"), [
    ("Ситуацию прокомментировал председатель Совета директоров «Башинформа» Ростислав Мурзагулов.",
     "Ростислав Мурзагулов", ["Башинформ", "Совет директоров"]),
    ('Новым главой может стать член правления "Газпрома" Олег Аксютин.', "Олег Аксютин",
     ["Газпром", 'правление "Газпрома"']),
    ("Стивен Грин, председатель совета директоров банка HSBC, будет назначен министром.", "Стивен Грин",
     ["HSBC", "совет директоров"]),
    ("Член совета директоров «Роснефти» Иван Петров подал в отставку.", "Иван Петров", ["Роснефть"]),
])
def test_a_boards_member_works_for_its_company(pipeline, sentence, person, organizations):
    """"член правления "Газпрома"": the board's holder works for the company too, after the board
    or inside it, a kind of body between ("банка HSBC"); a board's member holds a workplace
    (``link.boards``)."""
    article = pipeline(sentence)
    held = [_org(article, r) for r in article.relations
            if article.mentions[r.person].normal == person and r.organization is not None]
    assert sorted(held) == organizations, article.relations


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Умер представитель России в ООН Виталий Чуркин.", "Виталий Чуркин", "представитель", "ООН"),
    ("Об этом объявил постпред России при ООН Виталий Чуркин.", "Виталий Чуркин", "постпред", "ООН"),
    ("Представитель Тегерана в ОПЕК Мохаммад-Али Хатиби вчера заявил об этом.", "Мохаммад-Али Хатиби",
     "представитель", "ОПЕК"),
    ("Посол Ирландии в США Майкл Коллинз рассказал об этом.", "Майкл Коллинз", "посол", None),  # a place
    ("На 53-м году жизни скончался артист Ленкома Павел Смеян.", "Павел Смеян", "артист", "Ленком"),
    ("Народный артист России Иван Петров выступил в Омске.", "Иван Петров", "артист", None),
])
def test_a_representative_works_at_the_body_a_place_is_represented_in(pipeline, sentence, person, title,
                                                                     organization):
    """"представитель России [в ООН]": the body after the represented place is the workplace, a
    place is not (``link.held_in.represented_in``); a theatre's artist works there, a country's
    does not."""
    article, roles = _pairs(pipeline, sentence)
    assert [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in roles] \
        == [(person, title, organization)], roles


def test_a_legal_form_outside_the_name_may_follow_v_alone(pipeline):
    article, roles = _pairs(pipeline, 'Иван Петров работает бухгалтером в ОАО "Башкирэнерго".')
    assert [(r.title, _org(article, r)) for r in roles] == [("бухгалтер", "Башкирэнерго")], roles


def test_a_note_in_brackets_may_stand_between_a_name_and_its_title(pipeline):
    _, roles = _pairs(pipeline, "Ю.Пономарев (1962 года рождения) - государственный советник юстиции 2-го класса.")
    assert [r.title for r in roles] == ["государственный советник юстиции"], roles
    _, roles = _pairs(pipeline, "Он лауреат премии Соннинга (1981), почётный доктор университета.")
    assert not roles, roles  # a year alone in brackets follows a prize's name


def test_a_complement_of_a_title_the_tree_pairs_is_no_role(pipeline):
    """The dependency paths pair "советником президента"; "президента" inside it is held by no one."""
    article = pipeline("Иван Петров, бывший в 2010-2015 годах министром финансов, стал советником президента.")
    assert sorted(r.title for r in article.relations) == ["министр финансов", "советник президента"], article.relations


@pytest.mark.parametrize("sentence", [
    "Встреча министра обороны и министра иностранных дел Сергея Лаврова прошла в Кремле.",  # another position
    "Директор школы и ее муж Иван Петров пришли на встречу.",
    "Министр обороны, глава генштаба и Иван Петров прибыли.",
])
def test_no_list_of_complements(pipeline, sentence):
    _, roles = _pairs(pipeline, sentence)
    assert all(" и " not in r.title and "," not in r.title for r in roles), [r.title for r in roles]


def test_a_word_in_a_list_of_things_holds_no_position(pipeline):
    """"аналитика" closing "новости, видео, фото" is analytics, not an analyst's genitive (an iz.ru sample)."""
    article = pipeline("«Мы планируем дальнейший рост», — прокомментировала победу Екатерина Бурмистрова.\nРедакция "
                       "портала IZ.ru работает в инновационном формате – производит и синхронно транслирует "
                       "информацию сразу в нескольких форматах: новости, видео, фото, аналитика. Аудитория IZ.ru "
                       "может получать главные новости. Директор школы, Иван Петров, выступил.")
    assert [(article.mentions[r.person].normal, r.title) for r in article.relations] == [
        ("Иван Петров", "директор школы")]


@pytest.mark.parametrize("sentence", [
    # a family's member
    "Предполагали сердечный приступ. В частности, об этом говорили члены семьи господина Лесина.",
    "Известный борец против режима апартеида Нельсон Мандела скончался.",  # a fighter for a cause
    "Степан Бандера остается противоречивой фигурой. Одни почитают его как борца за свободу.",
    # "в" a player or a science: what is needed, not one's position
    "Манзарек вошёл в историю. Благодаря его игре группа The Doors не нуждалась в бас-гитаристе.",
    "Андрей Воробьёв называл Шойгу своим крёстным отцом в политике.",
])
def test_a_lexicon_word_that_names_no_position_here(pipeline, sentence):
    article = pipeline(sentence)
    assert [r for r in article.relations if r.title is not None] == [], article.relations


@pytest.mark.parametrize("sentence", [
    # a genre after "в" and its adjective ("Инспектор" is the character's, and stays)
    "Его пародировали в комедийном детективе «Инспектор Клот» — таком британском фильме.",
    # a word of a work's quoted name
    "Джоэл Коллинс (художник-постановщик): Я поработал над дизайном в стиле скандинавского нуара — в плане "
    "мрачности получился практически «Настоящий детектив».",
])
def test_a_genre_or_a_works_name_is_no_detective(pipeline, sentence):
    article = pipeline(sentence)
    assert "детектив" not in [r.title for r in article.relations], article.relations


@pytest.mark.parametrize(("sentence", "person", "title", "organization"), [
    ("Как ожидается, Расмуссен будет исполнять обязанности главы правительства Дании до октября.", "Расмуссен",
     "глава", "правительство Дании"),
    ("В 2002-2003 годах Руснок исполнял обязанности министра промышленности и торговли.", "Руснок",
     "министр промышленности и торговли", None),
    # "2012г." ends no sentence: "он" is the man named before it
    ("Владимиру Токареву 35 лет. В апреле-мае 2012г. он исполнял обязанности главы Минрегионразвития.",
     "Владимир Токарев", "глава", "Минрегионразвитие"),
])
def test_one_who_performs_the_duties_of_a_position_holds_it(pipeline, sentence, person, title, organization):
    """"исполнять обязанности" a position, as NEREL reads it: the genitive title is the subject's."""
    article, roles = _pairs(pipeline, sentence)
    assert (person, title, organization) in [(article.mentions[r.person].normal, r.title, _org(article, r))
                                             for r in roles], roles


def test_a_wrestler_is_a_position(pipeline):
    article = pipeline("Борец Хабиб Нурмагомедов победил.")
    assert [(article.mentions[r.person].normal, r.title) for r in article.relations] == [
        ("Хабиб Нурмагомедов", "борец")]


@pytest.mark.parametrize(("sentence", "title", "text", "former"), [
    ("Бывший министр обороны Сергей Шойгу прибыл в Минск.", "министр обороны", "министр обороны", True),
    ("Суд приговорил бывшую главу района Ольгу Смирнову.", "глава района", "главу района", True),
    ("На встрече присутствовал экс-президент Франции Николя Саркози.", "президент", "экс-президент", True),
    ("Министр обороны Сергей Шойгу прибыл в Минск.", "министр обороны", "Министр обороны", False),
    ("Главный тренер Леонид Слуцкий покинул клуб.", "главный тренер", "Главный тренер", False),
])
def test_a_former_position(pipeline, sentence, title, text, former):
    """The title is the position; ``former`` says the text holds it past, and the span is the title's."""
    article, roles = _pairs(pipeline, sentence)
    assert [(r.title, r.text, r.former) for r in roles] == [(title, text, former)]


@pytest.mark.parametrize("sentence", NO_ROLES)
def test_no_role(pipeline, sentence):
    assert _pairs(pipeline, sentence)[1] == []


@pytest.mark.parametrize(("sentence", "title", "holder"), [
    # after the passive "назначен" the name after the role is whose adviser, not the adviser
    ("Михаил Абызов назначен советником президента России Дмитрия Медведева.", "советник президента",
     "Михаил Абызов"),
    ("Указом президента Владимира Путина временно исполняющим обязанности главы Чувашии назначен Олег Николаев.",
     "временно исполняющий обязанности главы", "Олег Николаев"),
    # the subject may bring its own title between the verb and the name
    ("Временно исполняющим обязанности главы города назначен первый заместитель мэра Максим Кудрявцев.",
     "временно исполняющий обязанности главы города", "Максим Кудрявцев"),
    ("Финансовым директором компании назначен бывший вице-президент Иван Петров.",
     "финансовый директор компании", "Иван Петров"),
])
def test_the_role_has_one_holder(pipeline, sentence, title, holder):
    article, roles = _pairs(pipeline, sentence)
    assert [article.mentions[r.person].normal for r in roles if r.title == title] == [holder]


def test_seed_article_roles(seed_article):
    """Issue 7: the four positions of the seed article, with their organizations."""
    roles = find_roles(seed_article.text, seed_article.mentions)
    ms = seed_article.mentions
    for role in roles:
        assert seed_article.text[role.start:role.stop] == role.text
    got = {ms[r.person].normal: (r.title, None if r.organization is None else ms[r.organization].normal)
           for r in roles}
    assert got["Михаил Лабудин"][0] == "директор"
    assert got["Михаил Лабудин"][1].startswith("АКИТ")
    assert got["Михаил Серёгин"][0].startswith("руководитель направления")
    assert got["Михаил Серёгин"][1] == "АКИТ РФ"
    assert got["Василий Ковалев"] == ("генеральный директор", "АО «Омсктрансмаш»")
    assert got["Сусликов Сергей Сергеевич"][0] == "главный редактор"


def test_trace_names_the_rule(pipeline):
    article = pipeline("Сергей Лавров, министр иностранных дел России, прибыл в Анкару.")
    assert [rule for rule, _ in trace_roles(article.text, article.mentions)] == ["person_then_role"]


def test_lexicon_is_data():
    heads = professions()
    assert {"президент", "директор", "министр", "губернатор", "пресс-секретарь"} <= heads
    assert "основатель" not in heads


def test_learned_positions_extend_the_lexicon(pipeline):
    """Nouns train never showed as a PROFESSION head twice come from the navec classifier's
    list (bench/build_learned_professions.py): a role phrase headed by one pairs."""
    heads = professions()
    assert {"кинокритик", "эндокринолог", "главврач"} <= heads
    assert not {"житель", "игрок", "человек", "пассажир"} & heads  # build_professions.DROP
    article, roles = _pairs(pipeline, "Фильм похвалил известный кинокритик Антон Долин.")
    assert [(article.mentions[r.person].normal, r.title) for r in roles] == [("Антон Долин", "кинокритик")]


def test_learned_positions_are_dictionary_nouns():
    """The learned list holds animate common nouns of pymorphy3's dictionary in their
    dictionary form, none of them already in professions.txt (no surnames the analyzer
    guessed)."""
    from importlib.resources import files

    import pymorphy3
    morph = pymorphy3.MorphAnalyzer()
    read = lambda name: [w for w in files("ru_newsner.link").joinpath("data", name).read_text("utf-8").splitlines()
                         if w and not w.startswith("#")]
    learned, listed = read("professions_learned.txt"), set(read("professions.txt"))
    assert len(learned) > 100 and not listed & set(learned)
    for word in learned:
        first = morph.parse(word)[0]
        assert first.is_known and first.tag.POS == "NOUN" and "anim" in first.tag, word
        assert first.normal_form.replace("ё", "е") == word, word


def test_tokenize_offsets():
    text = "врио губернатора «Омск-2», 39-летний"
    assert all(text[t.start:t.stop] == t.text for t in tokenize(text))


@pytest.mark.parametrize(("sentence", "person"), NATIONALITY_ONLY)
def test_nationality_is_no_workplace(pipeline, sentence, person):
    article = pipeline(sentence)
    roles = [r for r in article.relations if article.mentions[r.person].normal == person]
    assert roles and all(r.organization is None for r in roles)


def test_a_list_makes_an_ambiguous_head_plural(pipeline):
    """"актрисы" reads as a genitive singular or a plural: a list of names after it takes the
    plural, each name gets the role; a single name (", а …" ends the list) only its own."""
    article, roles = _pairs(pipeline, "В их числе — актрисы Гвинет Пэлтроу, Анджелина Джоли и Кейт Бекинсейл.")
    assert sorted(article.mentions[r.person].normal for r in roles if r.title == "актриса") == [
        "Анджелина Джоли", "Гвинет Пэлтроу", "Кейт Бекинсейл"]
    article, roles = _pairs(pipeline, "Фильм сняли по сценарию актрисы Гвинет Пэлтроу, а Анджелина Джоли отказалась.")
    assert [article.mentions[r.person].normal for r in roles] == ["Гвинет Пэлтроу"]


def test_a_function_word_heads_no_role_phrase():
    from ru_newsner.link.role_words import _head_parses
    from ru_newsner.pipeline.resources import shared

    parse = shared().parse
    assert _head_parses("после", parse) == ()  # a preposition first, not the locative of "посол"
    assert _head_parses("После", parse) == ()
    assert _head_parses("посла", parse)


def test_a_list_goes_on_past_bracketed_glosses(pipeline):
    """A plural title takes every name of its list, past the bracketed spelling or note after
    a name: "… Люсиль Гарсия (Lucile Garcia) и Сорайя Белкакеми (Soraya Belkacemi)"."""
    article, roles = _pairs(pipeline, "Его жертвами стали сотрудники полиции Люсиль Гарсия (Lucile Garcia) "
                                      "и Сорайя Белкакеми (Soraya Belkacemi).")
    assert sorted(article.mentions[r.person].normal for r in roles) == ["Люсиль Гарсия", "Сорайя Белкакеми"]
    article, roles = _pairs(pipeline, "За медали поборются легкоатлеты Илья Шкуренев (многоборье), "
                                      "Антонина Кривошапка (эстафета) и Юлия Колтунова (прыжки в длину).")
    assert len({r.person for r in roles}) == 3


def test_a_candidate_holds_no_post(pipeline):
    article, roles = _pairs(pipeline, "Кандидат в президенты Юлия Тимошенко и кандидат в депутаты "
                                      "Иван Петров выступили.")
    assert sorted(r.title for r in roles) == ["кандидат в депутаты", "кандидат в президенты"]
    assert all(r.organization is None for r in roles)
    assert article.text[roles[0].start:roles[0].stop].lower().startswith("кандидат в")


@pytest.mark.parametrize(("sentence", "person", "organization"), [
    ("Квирикашвили возглавлял правительство Грузии с декабря 2015 года.", "Квирикашвили", "правительство Грузии"),
    ("Малышков, которому 69 лет, руководил департаментом потребрынка с 1993 года.", "Малышков",
     "департамент потребрынка"),
    ("Роналду не будет играть за сборную Португалии в матче за третье место.", "Роналду", "сборная Португалии"),
    ("Аршавин сыграл за «Зенит» более 300 матчей.", "Аршавин", "Зенит"),  # the perfectives too
    ("Роналду забил 5 голов за «Ювентус».", "Роналду", "Ювентус"),
    # a verb in a row with the first one's subject; an organization coordinated with the verb's one
    ("Мейв Кеннеди родилась в семье вице-губернатора, окончила Джорджтаунский университет, работала в "
     "Госдепартаменте и Министерстве здравоохранения.", "Мейв Кеннеди", "Министерство здравоохранения"),
    ("Мейв Кеннеди родилась в семье вице-губернатора, окончила Джорджтаунский университет, работала в "
     "Госдепартаменте и Министерстве здравоохранения.", "Мейв Кеннеди", "Госдепартамент"),
    ("Уоррен Баффет, возглавляющий компанию Berkshire Hathaway, выступил на собрании.", "Уоррен Баффет",
     "Berkshire Hathaway"),
    ("Хансен работал в компании Opera с 1999 года.", "Хансен", "Opera"),  # "работать в" an organization
    ("Петров работал на «Первом канале» десять лет.", "Петров", "Первый канал"),  # … or "на" one
    # the place of work the parser hangs on the position in the instrumental
    # (a position of the lexicon takes it itself: "водителем в компании …", ``link.held_in``)
    ("Иван Петров работает стажером в компании «Омскавтотранс».", "Иван Петров", "Омскавтотранс"),
    ("Сергей Магнитский работал на компанию Hermitage Capital Management в Москве.", "Сергей Магнитский",
     "Hermitage Capital Management"),
    ("62-летний Грин начал работать в HSBC в 1992 году.", "Грин", "HSBC"),  # the governing verb's subject
    ("После ухода из Opera Хансен присоединился к Mozilla.", "Хансен", "Mozilla"),
    ("Иван Петров тренирует ЦСКА с 2015 года.", "Иван Петров", "ЦСКА"),
    # the organization the subject, the person the object (or the parser's swap of an undeclined name)
    ("Центральный банк Италии возглавляет Марио Драги.", "Марио Драги", "Центральный банк Италии"),
    ("63-летний Марио Драги на данный момент возглавляет Центральный банк Италии.", "Марио Драги",
     "Центральный банк Италии"),
    # the subject is the title the name stands beside
    ("24 октября бельгийский тренер Франк Веркотерен официально возглавил лиссабонский футбольный клуб "
     "«Спортинг».", "Франк Веркотерен", "Спортинг"),
    ("Кристофер Писсаридис преподает в Лондонской школе экономики.", "Кристофер Писсаридис",
     "Лондонская школа экономики"),
    # an instrumental object the parser calls an oblique; "трудиться" as "работать"
    ("Свой пост покинет Любовь Глебова, управлявшая Рособрнадзором в течение последних лет.", "Любовь Глебова",
     "Рособрнадзор"),
    ("Иван Петров трудится в компании «Газпром» с 2010 года.", "Иван Петров", "Газпром"),
    # a hire: the organization after "на работу в", the verb's subject or object hired
    ("Позже господин Хабиров был приглашен на работу в Кремль.", "Хабиров", "Кремль"),
    ("Иван Петров устроился на работу в «Газпром».", "Иван Петров", "Газпром"),
    ("Преемник господина Сагитова, которого перевели на работу в мэрию Уфы, пока не назначен.", "Сагитов",
     "мэрия Уфы"),
    ("На работу в Facebook Дэвид Эберсман выйдет в сентябре.", "Дэвид Эберсман", "Facebook"),
    # one represents a place in a parliament's chamber, and works there
    ("Джефф Сешнс представляет Алабаму в Сенате с 1997 года.", "Джефф Сешнс", "Сенат"),
    ("Любовь Глебова теперь представляет Пензенскую область в Совете Федерации.", "Любовь Глебова",
     "Совет Федерации"),
    # "в составе" a team plays for it, as "за" does
    ("Иван Петров выступал в составе «Зенита» три сезона.", "Иван Петров", "Зенит"),
    # the second of two organizations, each after its own "в" and kind
    ("Коми работал в хедж-фонде Bridgewater Associates и в военной корпорации Lockheed Martin.", "Коми",
     "Lockheed Martin"),
    # and with any verb: the verb's subject is a member of the organization
    ("В 2017 году в составе «Реала» Роналду выиграл чемпионат Испании.", "Роналду", "Реал"),
    ("Матч, в котором Тихонов выходил на поле в составе «Спартака», состоялся давно.", "Тихонов", "Спартак"),
    # subjects coordinated with the subject
    ("Иван Петров и Сергей Сидоров работали в «Газпроме».", "Сергей Сидоров", "Газпром"),
    ("За «Зенит» выступали Андрей Аршавин, Александр Кержаков и Игорь Денисов.", "Игорь Денисов", "Зенит"),
    ("Тимур Шаймиев и Раис Ханнанов возглавляли компанию «МНКТ».", "Раис Ханнанов", "МНКТ"),
    # a participle on the title a name stands beside
    ("Чемпионом стал представитель Чехии Милан Томашик, выступающий за шведский клуб «Дален».", "Милан Томашик",
     "Дален"),
    # an adverbial participle's subject is its clause's
    ("Выступая за «Сибирь» на протяжении трех сезонов, Тарасенко забросил 30 шайб.", "Тарасенко", "Сибирь"),
    ("Возглавляя ЦСКА, Иван Петров выиграл чемпионат.", "Иван Петров", "ЦСКА"),
    # "он"/"она" the subject: the one person of that gender named before it
    ("Игорь Малашенко — один из основателей телекомпании НТВ. В разные годы он возглавлял РГТРК «Останкино».",
     "Игорь Малашенко", "РГТРК «Останкино»"),
    ("Путин встретился с Набиуллиной. Она возглавляет Центробанк.", "Набиуллина", "Центробанк"),
    ("Эберсман проработал в Genentech до апреля 2009 года.", "Эберсман", "Genentech"),  # as "работать"
    ("Комри поиграл за «Эдмонтон» два сезона.", "Комри", "Эдмонтон"),  # as "играть за"
    # the organization the clause is on: a passive participle's agent, a relative clause's subject
    ("Напомним, РСП, возглавляемый Никитой Михалковым, уполномочен собирать сборы.", "Никита Михалков", "РСП"),
    ("Партия «Единая Россия», которую возглавляет Дмитрий Медведев, получила большинство.", "Дмитрий Медведев",
     "Единая Россия"),
    # a participle after "A и B," is B's, where the parser hangs it on A
    ("В финале встретились Хосеп Гвардиола и Жозе Моуринью, тренирующий мадридский «Реал».", "Жозе Моуринью",
     "Реал"),
    # "который" the subject: the parser's second subject is the object
    ("Иван Петров, который с 2015 года возглавляет «Роснефть», заявил об уходе.", "Иван Петров", "Роснефть"),
    # "во главе" an organization: the subject of the verb it hangs on, or of the verb a noun it is on depends on
    ("Анна Смирнова рассказала, что во главе «Ромашки» стоит Иван Петров.", "Иван Петров", "Ромашка"),
    ("Во главе компании «Ромашка» встал Иван Петров.", "Иван Петров", "Ромашка"),
    ("Иван Петров, стоящий во главе «Ромашки» с 2010 года, ушёл в отставку.", "Иван Петров", "Ромашка"),
    ("Аленка Братушек станет первой женщиной во главе правительства Словении.", "Аленка Братушек",
     "правительство Словении"),
])
def test_a_verb_gives_a_workplace(pipeline, sentence, person, organization):
    article = pipeline(sentence)
    found = [(article.mentions[r.person].normal, article.mentions[r.organization].normal, r.text)
             for r in article.relations if r.title is None]
    assert any(p == person and o == organization for p, o, _ in found), found
    for r in article.relations:  # offsets are sacred
        assert article.text[r.start:r.stop] == r.text


def _verb_pairs(pipeline, sentence):
    article = pipeline(sentence)
    return [(article.mentions[r.person].text, article.mentions[r.organization].text)
            for r in article.relations if r.title is None]


@pytest.mark.parametrize("sentence", [
    "Фриден в течение пяти лет работал в Индии.",  # "работать в" a place: a place of work, not a workplace
    "Иванов работал на Украине.",
    "Баста выступал с концертами в Крыму.",  # "выступать" without "за"
    "Министр финансов Алексей Кудрин не собирается работать в правительстве Дмитрия Медведева.",  # negated
    "Путин встретился с Медведевым. Он возглавлял правительство.",  # two men before "он": which, unknown
    "Адвокат Иван Петров представлял интересы компании в Верховном суде.",  # a court: no chamber
    "Иван Петров не останется во главе «Ромашки».",  # negated
    "Иван Петров приехал во главе делегации «Газпрома».",  # at the head of a delegation, not of the company
])
def test_no_verb_workplace(pipeline, sentence):
    assert _verb_pairs(pipeline, sentence) == []


def test_a_verb_in_a_row_keeps_its_own_subject(pipeline):
    pairs = _verb_pairs(pipeline, "Иванов окончил МГУ, а Петров работал в «Газпроме».")
    assert pairs == [("Петров", "Газпроме")]


LIFE = ("Виталий Костомаров родился в 1930 году в Москве. Костомаров окончил МГУ. Его учитель — академик "
        "Виктор Виноградов. Занимался исследованиями лексикологии. {}")


@pytest.mark.parametrize(("sentence", "title", "organization"), [
    ("Был президентом Международной ассоциации преподавателей русского языка и литературы.", "президент",
     "Международная ассоциация преподавателей русского языка и литературы"),
    ("Преподавал русский язык в Высшей партийной школе.", None, "Высшая партийная школа"),
    ("Воевал под Сталинградом в составе 2-й гвардейской армии.", None, "2-я гвардейская армия"),
])
def test_a_sentence_with_its_subject_left_out_is_about_the_articles_person(pipeline, sentence, title, organization):
    """A life told verb by verb: the person of the verb's gender named most often before it, not
    the last one named ("Виктор Виноградов")."""
    article = pipeline(LIFE.format(sentence))
    found = [(article.mentions[r.person].normal, r.title, _org(article, r)) for r in article.relations]
    assert ("Костомаров", title, organization) in found, found


def test_a_left_out_subject_holds_each_position_of_its_sentence(pipeline):
    article = pipeline("Ван Чжэнь родился в бедности. Ван Чжэнь служил в армии. Его учитель Ли Пэн жил в Пекине. "
                       "Стал генералом, работал министром.")
    held = [(article.mentions[r.person].normal, r.title) for r in article.relations if r.title]
    assert ("Ван Чжэнь", "генерал") in held and ("Ван Чжэнь", "министр") in held, held
    assert ("Ли Пэн", "министр") not in held, held


def test_a_subject_left_out_after_words_that_name_none(pipeline):
    article = pipeline("Айдар Губайдулин родился в Уфе. Айдар Губайдулин окончил МФТИ. Его друг Иван Петров жил в "
                       "Москве. На момент задержания работал программистом.")
    held = [(article.mentions[r.person].normal, r.title) for r in article.relations if r.title]
    assert held == [("Айдар Губайдулин", "программист")], held


COMEY = ("Барак Обама выдвинул Джеймса Коми. Джеймсу Коми 52 года. В его послужном списке работа заместителем "
         "генпрокурора в администрации Джорджа Буша-младшего. {}")


def test_a_left_out_subject_after_a_prepositions_noun_and_two_workplaces(pipeline):
    """"с госслужбы" reads as a nominative plural too, but after a preposition it is no subject:
    the sentence's subject is left out, the article's man (NEREL dev), not the last one named;
    his second workplace after "и в" is his too."""
    article = pipeline(COMEY.format("После ухода с госслужбы работал адвокатом в хедж-фонде Bridgewater Associates "
                                    "и в военной корпорации Lockheed Martin."))
    held = sorted((article.mentions[r.person].normal, r.title, _org(article, r)) for r in article.relations
                  if r.title == "адвокат")
    assert held == [("Джеймс Коми", "адвокат", "Bridgewater Associates"),
                    ("Джеймс Коми", "адвокат", "Lockheed Martin")], held


@pytest.mark.parametrize(("sentence", "holder"), [
    # no one named in its sentence or the one before: the article's man
    ("После ухода с госслужбы занялся наукой. Он также является старшим исследователем в Колумбийском университете.",
     "Джеймс Коми"),
    # a man named in the sentence before, whose gender is not known, stands in the way
    ("Другой кандидат — Шейк Модибо Диарра. Он также является старшим исследователем в Колумбийском университете.",
     None),
])
def test_a_pronoun_with_no_one_named_before_it_is_the_articles_person(pipeline, sentence, holder):
    article = pipeline(COMEY.format(sentence))
    held = [article.mentions[r.person].normal for r in article.relations if r.title == "старший исследователь"]
    assert held == ([holder] if holder else []), held


def test_a_relative_clause_names_its_subject(pipeline):
    """"который" is the subject: the article's most named man is not."""
    article = pipeline("Николас Мадуро победил на выборах. Мадуро поздравил Путин. Уго Чавес умер в марте. Он был "
                       "социалистом, который впервые был избран президентом в 1998 году.")
    held = [(article.entities[r.person_entity].name, r.title) for r in article.relations]
    assert ("Николас Мадуро", "президент") not in held, held


def test_a_past_verb_before_an_instrumental_title_tells_its_holders_gender(pipeline):
    article = pipeline("Анна Смирнова родилась в Москве. Анна Смирнова окончила МГУ. Стал генералом, работал "
                       "министром.")
    assert [r for r in article.relations if r.title] == [], article.relations  # "стал": no woman's
    article = pipeline("Анна Смирнова родилась в Москве. Анна Смирнова окончила МГУ. Стала генералом, работала "
                       "министром.")
    assert {r.title for r in article.relations} == {"генерал", "министр"}, article.relations


@pytest.mark.parametrize("sentence", [
    # two men named as often: which one is meant is not known
    "Иван Петров встретился с Сергеем Сидоровым. Петров и Сидоров поговорили. Был директором школы «Ромашка».",
    # the verb's gender is another's
    "Иван Петров родился в Москве. Петров окончил МГУ. Была директором школы «Ромашка».",
    # one mention only: no article's person
    "Иван Петров родился в Москве. Был директором школы «Ромашка».",
])
def test_no_holder_for_a_left_out_subject(pipeline, sentence):
    article = pipeline(sentence)
    assert not [r for r in article.relations if r.title == "директор"], article.relations


def test_a_subject_whose_verb_is_left_out_is_not_the_first_clauses(pipeline):
    pairs = _verb_pairs(pipeline, "85-летний Исаму Акасаки и 54-летний Хироси Амано работали в Институте Наго, "
                                  "60-летний Сюдзи Накамура — в компании ''Nichia Chemical Industries''.")
    assert ("Хироси Амано", "Институте Наго") in pairs, pairs
    assert ("Сюдзи Накамура", "Институте Наго") not in pairs, pairs


def test_the_verbs_subject_not_the_nearest_person(pipeline):
    pairs = _verb_pairs(pipeline, "Кокрел, который при Килпатрике возглавлял городской совет Детройта, выиграл.")
    assert all(person != "Килпатрике" for person, _ in pairs), pairs


def test_a_participle_is_not_the_first_conjuncts(pipeline):
    sentence = "В финале встретились Хосеп Гвардиола и Жозе Моуринью, тренирующий мадридский «Реал»."
    pairs = _verb_pairs(pipeline, sentence)
    assert all(person != "Хосеп Гвардиола" for person, _ in pairs), pairs


@pytest.mark.parametrize(("sentence", "organization", "persons"), [
    ("Он записал альбом с музыкантами группы СВ — Вадимом Голутвиным, Евгением Казанцевым и Юрием Китаевым.", "СВ",
     ["Вадимом Голутвиным", "Евгением Казанцевым", "Юрием Китаевым"]),
    ("На свадьбе были коллеги Месси по «Барселоне»: Луис Суарес, Неймар и Жерар Пике.", "Барселоне",
     ["Месси", "Луис Суарес", "Неймар", "Жерар Пике"]),
    ("Лучшим тренером признан Роберто Мартинес из «Уигана», его опередил Игорь Журавлёв из группы «Альянс».",
     None, ["Роберто Мартинес", "Игорь Журавлёв"]),
    # an organization "под руководством" its head, a position's word between or not
    ("Трифонов выступит в сопровождении оркестра Мариинского театра под управлением Гергиева.",
     "Мариинского театра", ["Гергиева"]),
    ("Правительство Словении под руководством премьер-министра Янеза Янши ушло в отставку.",
     "Правительство Словении", ["Янеза Янши"]),
    ("В Уэйко находились члены секты «Ветвь Давидова» во главе с её лидером Дэвидом Корешом.",
     "Ветвь Давидова", ["Дэвидом Корешом"]),
    ("Российский союз правообладателей (РСП) во главе с Никитой Михалковым адресовал письмо.", "РСП",
     ["Никитой Михалковым"]),
    # the organization in brackets after the name; two with a slash
    ("Он опередил Лионеля Месси («Барселона») и Неймара («Барселона»/«ПСЖ»).", None,
     ["Лионеля Месси", "Неймара", "Неймара"]),
    ("Голы забили Артем Дзюба («Зенит») и Федор Смолов («Локомотив»).", None, ["Артем Дзюба", "Федор Смолов"]),
    # colleagues "по" or "из" an organization: the one they are colleagues of, and those named after it
    ("Одноклубник Аршавина по «Зениту» Андрей Тимощук забил гол.", "Зениту", ["Аршавина", "Андрей Тимощук"]),
    ("Он моложе своего коллеги из Минкомсвязи Николая Никифорова.", "Минкомсвязи", ["Николая Никифорова"]),
    ("Вспоминала его бывшая коллега по журналу «Сятко», — Любовь Дергачева.", "Сятко", ["Любовь Дергачева"]),
    ("Пришли его партнеры по сборной Аргентины Хуан Себастьян Верон и Диего Милито.", "сборной Аргентины",
     ["Хуан Себастьян Верон", "Диего Милито"]),
])
def test_members_of_an_organization_work_there(pipeline, sentence, organization, persons):
    article = pipeline(sentence)
    listed = [(article.mentions[r.person].text, article.mentions[r.organization].text)
              for r in article.relations if r.title is None and r.organization is not None]
    assert [p for p, o in listed if organization in (o, None)] == persons, listed
    for r in article.relations:  # offsets are sacred
        assert article.text[r.start:r.stop] == r.text


@pytest.mark.parametrize("sentence", [
    "Об этом сообщает «Интерфакс» — Владимир Путин заявил, что Россия готова.",  # one person: no list
    "Команда под руководством Вячеслава Быкова выиграла.",  # no organization named before it
    "Проект «Art in Art»: Анна и Элвис в отражении друг друга.",  # first names alone: a story's people
    "Турнир выиграл Иван Петров (Москва).",  # a place in brackets: where from
    "Эво Моралес вслед за своими коллегами из Венесуэлы и Никарагуа предложил убежище.",  # places: no workplace
    "Пришли коллеги по цеху и партнер по новому фильму Билли Кристал.",  # no organization named
])
def test_no_member_workplace(pipeline, sentence):
    article = pipeline(sentence)
    assert member_workplaces(article.text, article.mentions) == []


def test_a_role_in_brackets_stays_with_the_name_before_them(pipeline):
    article = pipeline("В совет вошли Андрей Лопатов (экс-игрок ЦСКА, председатель правления банка «Клиентский»), "
                       "Андрей Ватутин (президент ПБК ЦСКА).")
    held = {(article.mentions[r.person].normal, r.title) for r in article.relations}
    assert ("Андрей Ватутин", "председатель правления банка") not in held, held
    assert ("Андрей Ватутин", "президент") in held, held


def test_no_role_for_whom_a_name_is_named_after(pipeline):
    article = pipeline("Выступившая на коллегии руководитель хора им. Пятницкого поделилась опытом.")
    assert article.relations == []


@pytest.mark.parametrize("sentence", [
    "На приёме была дочь бывшего министра обороны Анна Петрова.",
    "Мария Иванова, внучка бывшего директора завода, открыла музей.",
    "Об этом рассказал дед рядового Иван Сидоров.",
])
def test_a_relatives_role_is_not_the_relatives(pipeline, sentence):
    article = pipeline(sentence)
    assert article.relations == [], [(article.mentions[r.person].text, r.title) for r in article.relations]


@pytest.mark.parametrize("sentence, holder, title", [
    # the genitive name after the role holds it, the nominative one is the relative
    ("Сын губернатора Тульской области Алексея Дюмина Пётр поступил в университет.", "Алексей Дюмин",
     "губернатор"),
    # a role in the instrumental is no complement of "супругой": it is hers
    ("Певец сообщил о разводе с супругой танцовщицей Матильдой Ивановой.", "Матильда Иванова", "танцовщица"),
    # "сына" may be genitive itself, and the title then agrees with it: left to the other rules
    ("Король отрёкся от престола в пользу своего сына принца Филиппа.", "Филипп", "принц"),
])
def test_a_role_after_a_relative_noun_goes_to_its_holder(pipeline, sentence, holder, title):
    article = pipeline(sentence)
    held = [(article.mentions[r.person].normal, r.title) for r in article.relations]
    assert held == [(holder, title)]


def test_a_role_word_with_a_latin_look_alike_is_read(pipeline):
    # "Cолист" with a Latin "C", as scraped texts have it; the role's text stays the article's
    article = pipeline("Cолист рок-группы Rolling Stones Мик Джаггер скоро станет отцом.")
    held = [(article.mentions[r.person].normal, r.title, r.text) for r in article.relations]
    assert held == [("Мик Джаггер", "солист рок-группы", "Cолист рок-группы")]


def test_a_role_at_the_end_of_an_acts_title_is_the_next_names(pipeline):
    article = pipeline("Президент подписал указ об отставке мэра Москвы Юрия Лужкова.")
    assert any(m.kind == "law" for m in article.mentions)  # the title covers "мэра Москвы"
    held = [(article.mentions[r.person].normal, r.title, article.mentions[r.organization].normal)
            for r in article.relations]
    assert held == [("Юрий Лужков", "мэр", "Москва")]


def test_a_name_inside_an_acts_title_holds_no_role_around_it(pipeline):
    article = pipeline("Критике «законопроект Яровой» подверг юрист Иван Петров.")
    held = {(article.mentions[r.person].text, r.title) for r in article.relations}
    assert all(person != "Яровой" for person, _ in held), held


def test_a_neuter_adjective_is_no_position(pipeline):
    # "военный" is a position as a noun; "военное" qualifies a thing
    article = pipeline("В фильме будет показано военное прошлое Ивана Петрова.")
    assert article.relations == []


@pytest.mark.parametrize("sentence, holders", [
    # the adjective agrees with "премьера" the film's first showing, not with the premier
    ("Главная премьера сезона, опера Ивана Петрова, состоится в октябре.", []),
    ("Жёсткую критику Ивана Петрова услышали все.", []),
    ("Бывшего премьера Ивана Петрова задержали.", ["Иван Петров"]),
    # a hyphenated position agrees with its first part
    ("Скончалась Анна Петрова — первая женщина-генпрокурор страны.", ["Анна Петрова"]),
    # an adjective that is a position as a noun ("военный") qualifies the noun after it
    ("Министр обороны Сергей Шойгу побывал в зоне специальной военной операции.", ["Сергей Шойгу"]),
    ("Управляющая компания Ивана Петрова обслуживает дом.", []),
    ("Военный прокурор Иван Петров начал проверку.", ["Иван Петров"]),
    ("Иван Петров освобожден от должности уполномоченного по правам ребенка.", ["Иван Петров"]),
    # … also across agreeing adjectives: a leading politician, not a host
    ("В Косово убит ведущий сербский политик Оливер Иванович.", ["Оливер Иванович"]),
])
def test_an_adjective_tells_a_position_from_a_thing(pipeline, sentence, holders):
    article = pipeline(sentence)
    assert [article.mentions[r.person].normal for r in article.relations] == holders


@pytest.mark.parametrize("sentence, holders", [
    # one name after a plural title is whom they serve, not one of them
    ("Адвокаты Берлускони обжаловали решение суда.", []),
    ("Защитники Петровой представили суду ходатайство.", []),
    # "один из" a plural names one of them
    ("Один из экспертов института Иван Петров объяснил это.", ["Иван Петров"]),
    ("На встрече были сенаторы Джон Маккейн и Марко Рубио.", ["Джон Маккейн", "Марко Рубио"]),
])
def test_a_plural_title_needs_a_list(pipeline, sentence, holders):
    article = pipeline(sentence)
    assert [article.mentions[r.person].normal for r in article.relations] == holders


def test_the_reporter_a_report_is_told_to_is_no_one_named(pipeline):
    """"Об этом корреспонденту ИТАР-ТАСС сообщили": the outlet's reporter, not the name of the
    sentence before (the dependency tree's learned "prev1|iobj|appos" path would pair them)."""
    article = pipeline("7 полевых командиров боевиков, в том числе, заместитель командира дивизии особого "
                       "назначения Арби Бараев, уничтожены минувшей ночью в Чечне. Об этом корреспонденту ИТАР-ТАСС "
                       "сообщли в пресс-службе Объединенной группировки федеральных сил.")
    titles = [r.title for r in article.relations]
    assert "заместитель командира дивизии особого назначения" in titles, titles
    assert not any(t.startswith("корреспондент") for t in titles), titles


def test_a_role_in_quoted_words_is_not_the_speakers(pipeline):
    """"«… для президента», — приводит ТАСС заявление Кудрина": the president the speaker talks
    of is not the speaker (the dependency tree reaches the name after the quotation)."""
    article = pipeline("«Я сейчас готовлю проект стратегии развития России на ближайшие 6 лет для президента», "
                       "— приводит ТАСС заявление Кудрина по итогам V Общероссийского гражданского форума.")
    assert not article.relations, article.relations


@pytest.mark.parametrize(("text", "expected"), [
    ("«… для президента», — приводит ТАСС заявление Кудрина", True),
    ('"… в течение 45-60 дней" – сообщил председатель совета', True),
    # a quoted name and its apposition: no quotation's end
    ('возглавить совет директоров ОАО "Корпорация МИТ" - разработчика ракеты', False),
])
def test_a_quotation_ends_where_a_verb_says_who_spoke(text, expected):
    from types import SimpleNamespace

    from ru_newsner.link.role_paths import _across_speech
    from ru_newsner.pipeline.resources import shared

    ctx = SimpleNamespace(text=text, parse=shared().parse)
    assert _across_speech(ctx, 0, len(text)) is expected


@pytest.mark.parametrize(("sentence", "title"), [
    # "политике" after "по … и": the policy, not a politician
    ("Верховный представитель Евросоюза по иностранным делам и политике безопасности Кэтрин Эштон заявила "
     "об этом.", None),
    # a genitive after the topic is a person's: "по словам директора"
    ("По словам директора музея Николая Буркова, музей закроют.", "директор музея"),
])
def test_a_noun_of_a_po_topic_is_no_role(pipeline, sentence, title):
    titles = [r.title for r in pipeline(sentence).relations]
    assert not any(t and t.startswith("политик") for t in titles), titles
    if title:
        assert title in titles, titles


@pytest.mark.parametrize(("sentence", "title"), [
    ("Заместитель мэра по вопросам ЖКХ Пётр Бирюков уволен.", "заместитель мэра по вопросам ЖКХ"),
    ("Министр АПК региона Иван Петров выступил.", "министр АПК региона"),
    ('Гендиректор ОАО "Башкирэнерго" Николай Курапов выступил.', "гендиректор"),  # a legal form: no topic
])
def test_a_common_abbreviation_completes_a_title(pipeline, sentence, title):
    assert title in [r.title for r in pipeline(sentence).relations]


@pytest.mark.parametrize("text, held, not_held", [
    # "заявил журналист Алексей Венедиктов … по словам журналиста": the journalist is Венедиктов
    # again, not Горбачев of the sentence before (a RIA sample)
    ("Состояние здоровья Михаила Горбачева плохое, заявил журналист Алексей Венедиктов.\nКроме того, он "
     "подчеркнул, что Горбачев следит за новостями с помощью планшета. До экс-президента также дошла информация о "
     "сериале \"Чернобыль\", который, по словам журналиста, он не стал смотреть.",
     ("Алексей Венедиктов", "журналист"), ("Горбачев", "журналист")),
    # "Журналист добавил, что бывший советский лидер …": the subordinate clause's subject is
    # someone else than the journalist (a RIA sample)
    ("Состояние здоровья экс-президента Михаила Горбачева очень плохое, заявил журналист Алексей Венедиктов.\n"
     "«Он уже полгода живет в больнице», — сказал Венедиктов.\nЖурналист добавил, что бывший советский лидер "
     "время от времени предлагает ему встретиться в ресторане.",
     ("Венедиктов", "журналист"), ("Венедиктов", "лидер")),
])
def test_a_title_across_sentences_goes_to_its_own_holder(pipeline, text, held, not_held):
    article = pipeline(text)
    holders = {(article.mentions[r.person].normal, r.title) for r in article.relations}
    assert held in holders, holders
    assert not any(not_held[0] in name and title == not_held[1] for name, title in holders), holders


def test_po_imeni_names_the_holder_and_is_no_part_of_the_title(pipeline):
    article = pipeline("В Хасавюрте уничтожен глава боевиков по имени Умалат Магомедов.")
    titles = [r.title for r in article.relations]
    assert titles == ["глава боевиков"], titles


def test_a_source_named_by_po_slovam_is_no_holder(pipeline):
    """"По словам Торреса, … пожарным удалось": the firefighters are others (a TASS sample)."""
    article = pipeline("Об этом заявил президент Канарских островов Анхель Виктор Торрес. По словам Торреса, "
                       "вечером в субботу пожарным удалось взять под контроль 85% территорий.")
    titles = [r.title for r in article.relations]
    assert titles == ["президент"], titles


@pytest.mark.parametrize(("sentence", "holders"), [
    # a cardinal in the nominative governs the noun's case; the list after the colon is the holders'
    ("Под расследование попали пять экс-президентов: Альберто Фухимори, Алехандро Толедо и Алан Гарсия.",
     ["Альберто Фухимори", "Алехандро Толедо", "Алан Гарсия"]),
    # an oblique numeral agrees with its noun: the genitive name after it holds nothing
    ("Путин уволил двух генералов полиции по делу Голунова.", []),
])
def test_a_numeral_before_a_title_counts_its_holders(pipeline, sentence, holders):
    article = pipeline(sentence)
    assert [article.mentions[r.person].normal for r in article.relations] == holders
