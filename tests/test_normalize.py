"""Nominative normal forms of names in context (issue 2)."""

import pytest

from conftest import assert_offsets
from ru_newsner.ner.parts import balance_quotes, wiki_quotes_dropped


@pytest.mark.parametrize("sentence, mention, normal", [
    ("Встреча прошла с участием Михаила Серёгина.", "Михаила Серёгина", "Михаил Серёгин"),
    ("Он встретился с генеральным директором Василием Ковалевым.", "Василием Ковалевым", "Василий Ковалев"),
    ("Документ подписан в Минпромторге России вчера.", "Минпромторге России", "Минпромторг России"),
    ("Парк строится на территории Омской области.", "Омской области", "Омская область"),
    # an official name's second name after a dash declines as a name of its own
    ("В Ханты-Мансийском автономном округе — Югре открылся завод.", "Ханты-Мансийском автономном округе — Югре",
     "Ханты-Мансийский автономный округ — Югра"),
    ("Он рассказал о поставках АО «Концерн «Уралвагонзавод»».", "АО «Концерн «Уралвагонзавод»»", "АО «Концерн «Уралвагонзавод»»"),
    ("Письмо направили Анне Ивановой в понедельник.", "Анне Ивановой", "Анна Иванова"),
    ("По словам Травникова, сроки сдвинутся.", "Травникова", "Травников"),
    ("Губернатор прибыл в Санкт-Петербург из Новосибирска.", "Новосибирска", "Новосибирск"),
    ("Делегация приехала из Санкт-Петербурга.", "Санкт-Петербурга", "Санкт-Петербург"),
    ("Заявление сделала пресс-служба правительства Москвы.", "Москвы", "Москва"),
    ("Сотрудники Министерства иностранных дел России прибыли.", "Министерства иностранных дел России", "Министерство иностранных дел России"),
    ("Письмо подписал Пётр Алексеевич Семёнов.", "Пётр Алексеевич Семёнов", "Пётр Алексеевич Семёнов"),
    ("Решение принял Федор Семенов из Томска.", "Федор Семенов", "Федор Семенов"),
    # a surname of common gender ("ms-f"), a man's name declined like "мама"
    ("Семья Обамы приобрела дом в Вашингтоне.", "Обамы", "Обама"),
    ("Состояние Алана Гарсии врачи назвали тяжёлым.", "Алана Гарсии", "Алан Гарсия"),
    # names the dictionary does not know, declined as pymorphy3 guesses them
    ("Папа принял отставку Маккаррика из коллегии.", "Маккаррика", "Маккаррик"),
    ("Визит Мигеля Диас-Канеля прошёл спокойно.", "Мигеля Диас-Канеля", "Мигель Диас-Канель"),
    # both parts of a double surname declined; an undeclined first part stays
    ("Парламент утвердил Мигеля Диаса-Канеля главой Госсовета.", "Мигеля Диаса-Канеля", "Мигель Диас-Канель"),
    ("Книга Сен-Симона вышла.", "Сен-Симона", "Сен-Симон"),
    ("Фильм Пола Шредера вышел.", "Пола Шредера", "Пол Шредер"),
    # a man's name the dictionary does not know in the tagger's case, declined as a consonant stem
    ("Журналисты спросили Брэда Питта о детях.", "Брэда Питта", "Брэд Питт"),
    ("Дочь Сергея Скрипаля тоже пострадала.", "Сергея Скрипаля", "Сергей Скрипаль"),
    ("Визит Хамида Карзая в Москву отложен.", "Хамида Карзая", "Хамид Карзай"),
    # a name of the "-а" declension the dictionary does not know, where pymorphy3 guesses a
    # plural or another case; an undeclined "-и" stays
    ("Слова Дмитрия Кулебы прозвучали в Брюсселе.", "Дмитрия Кулебы", "Дмитрий Кулеба"),
    ("Журналисты спросили Дмитрия Кулебу о переговорах.", "Дмитрия Кулебу", "Дмитрий Кулеба"),
    ("Канцелярия президента Джейкоба Зумы распространила заявление.", "Джейкоба Зумы", "Джейкоб Зума"),
    ("По словам Лео Бенедучи, решение принято.", "Лео Бенедучи", "Лео Бенедучи"),
    # a woman's genitive "-и" after a velar is "-а" declined ("-ы" spelled after "к", "г", "х");
    # "-ски" stays, as Polish and Czech women's names keep it
    ("Камила Валиева выступит на шоу Татьяны Навки.", "Татьяны Навки", "Татьяна Навка"),
    ("Фильм Агнешки Холланд вышел.", "Агнешки Холланд", "Агнешка Холланд"),
    ("Интервью Моники Левински вышло.", "Моники Левински", "Моника Левински"),
    # a guessed declension does not turn a foreign "-и" or a consonant into a declined name
    ("Фильм с участием Анджелины Джоли вышел вчера.", "Анджелины Джоли", "Анджелина Джоли"),
    ("Он развёлся с Мариной Уилер в прошлом году.", "Мариной Уилер", "Марина Уилер"),
    # not a plural reading of a woman's first name: "Остхофф" does not decline
    ("Дело Сюзанны Остхофф расследуют в Германии.", "Сюзанны Остхофф", "Сюзанна Остхофф"),
    # a dateline's capitals: a name the dictionary knows is written as a name
    ("МОСКВА, 8 августа. /ТАСС/. В столице прошел митинг.", "МОСКВА", "Москва"),
    ("ЛОНДОН, 9 августа. Премьер-министр выступил в парламенте.", "ЛОНДОН", "Лондон"),
    ("Новость дня: ИВАНОВ, Петров и СИДОРОВА уволены.", "СИДОРОВА", "Сидорова"),
    # … but an abbreviation keeps its capitals
    ("Власти ДНР заявили о новых обстрелах.", "ДНР", "ДНР"),
    # slovnet reads a woman in the genitive, but only a man's name ends in "-ом"
    ("Схватка между Робби Лоулером и бывшим обладателем временного пояса Колби Ковингтоном.",
     "Колби Ковингтоном", "Колби Ковингтон"),
    # a surname in the plural shared by two first names: its singular of the person's gender
    ("Интернат создали его родители Борис и Марина Ходорковские.", "Марина Ходорковские", "Марина Ходорковская"),
    ("На приёме были Иван и Мария Петровы.", "Мария Петровы", "Мария Петрова"),
    # … nor in a dative "-у": a woman's "-у" is an accusative
    ("Колби неоднократно бросал вызов Тайрону Вудли, но сам отказался.", "Тайрону Вудли", "Тайрон Вудли"),
    # … and a man's surname in a dative "-у"/"-ю" is a consonant stem's, not a woman's "-а"/"-я"
    ("Памятник Шарлю де Голлю открыли в Москве.", "Шарлю де Голлю", "Шарль де Голль"),
    ("Награда присуждена Майклу Левитту.", "Майклу Левитту", "Майкл Левитт"),
    # a paradigm with two forms of one tag ("высший", "высочайший"; "Кайда", "Каида"): the one
    # closest to the word as written
    ("Проректор Высшей школы экономики выступил.", "Высшей школы экономики", "Высшая школа экономики"),
    # adjectives take the gender of their noun ("Соединённого" is masculine or neuter)
    ("Премьер-министр Соединённого Королевства выступил.", "Соединённого Королевства", "Соединённое Королевство"),
    # … and a body's office ("управление") is neuter, whatever the dictionary says of the body
    ("Решение Омского УФНС оспорено в суде.", "Омского УФНС", "Омское УФНС"),
    ("Начальник Омского УМВД провел прием.", "Омского УМВД", "Омское УМВД"),
    # an abbreviation with a syllable in small letters does not decline either
    ("Ректор ОмГМУ Михаил Ливзан провел прием граждан.", "ОмГМУ", "ОмГМУ"),
    ("Он работал в Татарском государственном театральном училище.",
     "Татарском государственном театральном училище", "Татарское государственное театральное училище"),
    # a surname declined as an adjective the dictionary knows only as one; "-младший"
    ("Вышел рассказ Сергея Черного.", "Сергея Черного", "Сергей Черный"),
    ("Книги Льва Толстого и стихи Андрея Белого изданы.", "Андрея Белого", "Андрей Белый"),
    ("Выступление Джорджа Буша-младшего прошло.", "Джорджа Буша-младшего", "Джордж Буш-младший"),
    # … alone too, and joined to the full name as its surname
    ("Суд арестовал Сергея Черного. Позже суд отказался арестовывать Черного задним числом.", "Черного", "Черный"),
    # the tagger's nominative for a name the dictionary knows in oblique cases only
    ("Он рассказал о романе с суперзвездой Голливуда – Анжелиной Джоли.", "Анжелиной Джоли", "Анжелина Джоли"),
    ("Пострадавшего доставили в НИИ им. Склифосовского вчера вечером.", "Склифосовского", "Склифосовский"),
    # the tagger's man: a name the dictionary knows only as a woman's, in an oblique case
    ("Назначение 53-летней Дариги Назарбаевой на этот пост обсуждали.", "Дариги Назарбаевой", "Дарига Назарбаева"),
    # … but a foreign indeclinable name stays as written
    ("Нобелевскую премию по литературе получил Юн Фоссе.", "Юн Фоссе", "Юн Фоссе"),
    # an uncased text (RIA's lower-case dumps): a person's name is written with capitals
    ("как заявила агентству патрисия варгас, дети живы.", "патрисия варгас", "Патрисия Варгас"),
    # a known man's first name in the genitive: the surname after it is his, whatever gender
    # the tagger read there
    ("Микелла Абрамова — дочь предпринимателя Яна Абрамова и российско-британской журналистки.",
     "Яна Абрамова", "Ян Абрамов"),
    ("Деньги выделят на фильм «Честно» от автора комедии «Антидурь» Владимира Щеголькова, картину «Снегурочка».",
     "Владимира Щеголькова", "Владимир Щегольков"),
    ("Лолла Каримова сообщила, что её отец болен.", "Лолла Каримова", "Лолла Каримова"),  # no known name
    # a name quoted after the kind of body it names is said in the nominative
    ("Брянский туроператор «Милана Тур» объявил о закрытии.", "Милана Тур", "Милана Тур"),
    ("Землю получили члены садового товарищества «Глиссада».", "Глиссада", "Глиссада"),
    # a guessed nominative is the genitive it is: the body's units, not a body "Башинформа"
    ("С сегодняшнего дня все подразделения «Башинформа» будут активнее.", "Башинформа", "Башинформ"),
    # a guessed genitive in "-а" is a masculine's, not a neuter's ("Русало"); a compound of a
    # neuter noun stays neuter
    ("Повреждены линии ТЭЦ Ачинского глиноземного комбината \"Русала\".", "Русала", "Русал"),
    ("Назначен экс-глава отдела оценки Росимущества Егор Поляков.", "Росимущества", "Росимущество"),
    ("Об этом сообщила пресс-служба «Арсенала».", "Арсенала", "Арсенал"),
    # a place adjective's lemma keeps the author's "е" where the dictionary writes "ё"
    ("В октябре изменится расписание электричек на Савеловском направлении Московской железной дороги.",
     "Савеловском", "Савеловский"),
    # the last of a list of places sharing one plural noun is one place
    ("Пожары идут в Киренском и Братском районах.", "Братском районах", "Братский район"),
    ("Он окончил Московское высшее общевойсковое командное училище.",
     "Московское высшее общевойсковое командное училище", "Московское высшее общевойсковое командное училище"),
    # an Arabic name's "ад-Дин" declines as a man's noun
    ("Хуситы сообщили об убийстве Ибрахима Бадр ад-Дина аль-Хуси.", "Ибрахима Бадр ад-Дина аль-Хуси",
     "Ибрахим Бадр ад-Дин аль-Хуси"),
])
def test_normal_forms(pipeline, sentence, mention, normal):
    article = pipeline(sentence)
    assert_offsets(article)
    found = {m.text: m.normal for m in article.mentions}
    assert found.get(mention) == normal, found


def test_person_parts(pipeline):
    article = pipeline("На встрече был Иван Петрович Сидоров из Твери.")
    person = next(m for m in article.mentions if m.kind == "person")
    assert (person.first, person.middle, person.last) == ("Иван", "Петрович", "Сидоров")


def test_legal_form_split(pipeline):
    article = pipeline("Контракт получило ООО «Ромашка» из Казани.")
    org = next(m for m in article.mentions if m.kind == "organization")
    assert (org.legal_form, org.name) == ("ООО", "Ромашка")


@pytest.mark.parametrize("sentence, mention, normal", [
    ("По данным МИДа, похитители выдвинули требования.", "МИДа", "МИД"),
    ("Он запомнился ролями во МХАТе.", "МХАТе", "МХАТ"),
    ("Ячейка СдПГ собралась в Дюссельдорфе.", "СдПГ", "СдПГ"),
    # a capital inside a declined word stays where the forms agree
    ("Продукция АвтоВАЗа подорожала.", "АвтоВАЗа", "АвтоВАЗ"),
    ("Сделка с МегаФоном закрыта.", "МегаФоном", "МегаФон"),
])
def test_abbreviations_keep_their_capitals(pipeline, sentence, mention, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions}
    assert any(text.endswith(mention) and n.endswith(normal) for text, n in found.items()), found


@pytest.mark.parametrize("sentence, mention, normal", [
    ("Он живёт в штате Невада.", "Невада", "Невада"),  # pymorphy3 guesses a genitive of "Невад"
])
def test_a_guessed_case_does_not_overrule_a_nominative(pipeline, sentence, mention, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions}
    assert found.get(mention) == normal, found


@pytest.mark.parametrize("name, normal", [
    ("''Rolling Stone", "Rolling Stone"), ("'Amazon'", "Amazon"), ("Ferrero'", "Ferrero"),
    ("Журнал ''Rolling Stone", "Журнал Rolling Stone"),
    ("Джордж О'Тул", "Джордж О'Тул"), ("Policlinico Sant'Orsola", "Policlinico Sant'Orsola"), ("'", "'"),
])
def test_wiki_italics_are_no_part_of_a_name(name, normal):
    assert wiki_quotes_dropped(name) == normal


@pytest.mark.parametrize("sentence, mention, normal", [
    # slovnet, fine-tuned on NEREL, copies its gold's half quotes ("'Rolling Stone", "Amazon'"); the
    # boundaries drop them from the span, and the normal form is clean either way
    ("По данным журнала ''Rolling Stone'', концерт отменён.", "Rolling Stone", "Rolling Stone"),
    ("Компания ''Amazon'' купила сеть магазинов.", "Amazon", "Amazon"),
])
def test_a_span_with_wiki_italics_has_a_clean_normal_form(pipeline, sentence, mention, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions}
    assert found.get(mention) == normal, found


@pytest.mark.parametrize("sentence, mention, normal", [
    # a place the dictionary knows: its geographical reading
    ("Он приехал в Сумы.", "Сумы", "Сумы"),  # not the genitive of "сума"
    ("Он вырос в Марселе.", "Марселе", "Марсель"),
    ("Корабли стоят в Киле.", "Киле", "Киль"),
    # a name pymorphy3 only guesses
    ("Он живёт в Малибу.", "Малибу", "Малибу"),  # guessed: a dative of "Малиб"
    ("Дом в Санта-Фе продан.", "Санта-Фе", "Санта-Фе"),  # guessed: "Санта-Ф", no vowel left
    ("Делегация вылетела из Куала-Лумпура.", "Куала-Лумпура", "Куала-Лумпур"),  # a person's "Куал-Лумпур"
    ("Саммит прошёл в Путраджае.", "Путраджае", "Путраджая"),  # a person's "Путраджай"
    ("Альянс «Пакатан Харапан» победил.", "Пакатан Харапан", "Пакатан Харапан"),  # a plural's genitive
    ("Он вырос в Балтиморе.", "Балтиморе", "Балтимор"),  # guessed and declined: still undone
    ("Новость появилась на сайте Викиновостей.", "Викиновостей", "Викиновости"),  # a plural's ending
    ("Стрельба в Тусоне потрясла страну.", "Тусоне", "Тусон"),  # guessed: a woman's "Тусоня"
    ("Число машин с мигалками увеличили в Совфеде.", "Совфеде", "Совфед"),  # an organization too: not "Совфедя"
    ("Его доставили в клинику в Сиэттле.", "Сиэттле", "Сиэттл"),  # guessed: "Сиэттля"
    ("Он бывал в Чечне.", "Чечне", "Чечня"),  # known: "-ня" is right
    ("Президент посетит на острове Роббенэйланд тюрьму.", "Роббенэйланд", "Роббенэйланд"),  # tagged ADJ
    ("Лодка пропала на уровне провинции Чубут у берега.", "Чубут", "Чубут"),  # a participle's "чубуть"
])
def test_a_place_or_a_guessed_name_is_read_as_such(pipeline, sentence, mention, normal):
    found = {m.text: m.normal for m in pipeline(sentence).mentions}
    assert found.get(mention) == normal, found


@pytest.mark.parametrize("name, balanced", [
    ("АО «Концерн «Уралвагонзавод»", "АО «Концерн «Уралвагонзавод»»"),
    ("ООО «Центр „Свобода и прогресс“»", "ООО «Центр „Свобода и прогресс“»"),  # "“" closes "„"
    ("АО «Б „В", "АО «Б „В“»"),
    ("«A “B” C", "«A “B” C»"),
    ("“X”", "“X”"), ("„X", "„X"),  # no French quote: left as written
])
def test_quotes_left_open_are_closed_in_order(name, balanced):
    assert balance_quotes(name) == balanced
