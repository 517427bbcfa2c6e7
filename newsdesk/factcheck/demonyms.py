"""What CLDR does not name: irregular demonyms, religions, peoples and some places, in newsdesk's languages.

Countries, languages and cities come from CLDR (see entities._gazetteer), and so do the adjectives
CLDR gives in currency names ("peso mexicain", "Schweizer Franken"). This table holds the rest:
demonyms that are not formed from the country's name ("British", "American", "Dutch"), religions
and peoples, and the cities, regions and seas whose names other languages change that CLDR lacks
(its cities are its time-zone cities: no Beijing, Munich or Geneva), each with the stems the
languages write them with (the source's word must start with one: "musulmans" and "muzułmańskich"
start with "musulman" and "muzułma"; a stem of several words, "la haye", is looked for as written).
"""

from __future__ import annotations

import re

# English word (lower case): stems in fr, es, it, de, pl, cs, ru, and the zh, ja and hi forms.
_FORMS: dict[str, tuple[str, ...]] = {
    "british": ("britanni", "británic", "britannic", "britisch", "brytyjsk", "britsk", "британск", "英国", "英方",
                "イギリス", "ब्रिटिश", "ब्रिटेन"),
    "briton": ("britanni", "británic", "britannic", "brite", "brytyj", "brit", "британ", "英国人", "イギリス人",
               "ब्रिटिश"),
    "american": ("améric", "estadounidense", "norteameric", "americ", "statunitens", "amerikan", "amerykań",
                 "americk", "американ", "美国", "美方", "米国", "アメリカ", "अमेरिकी", "अमेरिका"),
    "scottish": ("écossais", "escoc", "scozzes", "schott", "szkock", "skotsk", "шотланд", "苏格兰", "スコットランド",
                 "स्कॉटलैंड"),
    "scot": ("écossais", "escoc", "scozzes", "schott", "szkot", "skot", "шотланд", "苏格兰", "スコットランド"),
    "english": ("anglais", "inglés", "ingles", "inglese", "englisch", "angiels", "anglick", "англий", "英格兰",
                "イングランド"),
    "welsh": ("gallois", "galés", "gales", "gallese", "walis", "walij", "velšsk", "валлий", "уэльс", "威尔士",
              "ウェールズ"),
    "dutch": ("néerland", "holland", "neerland", "holand", "olandes", "niederländ", "holländ", "holender",
              "holendr", "niderland", "nizozem", "голланд", "нидерланд", "荷兰", "オランダ", "डच"),
    "swiss": ("suisse", "suiz", "svizzer", "schweiz", "szwajcar", "švýcar", "швейцар", "瑞士", "スイス", "स्विस"),
    "emirati": ("émirien", "emiratí", "emiratin", "emiratisch", "emiracki", "emirátsk", "эмират", "阿联酋",
                "首長国"),
    "filipino": ("philippin", "filipin", "philippinisch", "filipiń", "filipínsk", "филиппин", "菲律宾", "フィリピン"),
    "muslim": ("musulman", "islam", "muslim", "mussulman", "muzułma", "muzułm", "muslim", "мусульман", "ислам",
               "穆斯林", "伊斯兰", "イスラム", "ムスリム", "मुस्लिम", "मुसलमान", "इस्लाम"),
    "islamic": ("islam", "исламск", "伊斯兰", "イスラム", "इस्लाम"),
    "christian": ("chrétien", "cristian", "christ", "chrześcija", "křesťan", "христиан", "基督", "キリスト", "ईसाई"),
    "catholic": ("cathol", "católic", "cattolic", "kathol", "katol", "католи", "天主", "カトリック", "कैथोलिक"),
    "protestant": ("protestant", "protestan", "evangel", "ewangeli", "протестант", "新教", "基督教", "プロテスタント",
                   "प्रोटेस्टेंट"),
    "orthodox": ("orthodox", "ortodox", "prawosław", "pravoslav", "православ", "东正教", "正教", "ऑर्थोडॉक्स"),
    "jewish": ("juif", "juive", "judí", "judio", "ebrai", "ebre", "jüd", "juden", "żyd", "żydow", "židov", "židé",
               "еврей", "иудей", "犹太", "ユダヤ", "यहूदी"),
    "jew": ("juif", "juive", "judío", "judía", "ebre", "jude", "jüd", "żyd", "židé", "еврей", "犹太", "ユダヤ", "यहूदी"),
    "buddhist": ("bouddhi", "budist", "buddhist", "buddyj", "buddhist", "будд", "佛教", "仏教", "बौद्ध"),
    "hindu": ("hindou", "hindú", "indù", "hindu", "hinduist", "hinduis", "индуис", "индус", "印度教", "ヒンドゥー",
              "हिंदू", "हिन्दू"),
    "sikh": ("sikh", "sij", "sikh", "sikhsk", "сикх", "锡克", "シク", "सिख"),
    "sunni": ("sunnite", "suní", "sunit", "sunnit", "sunnici", "sunnick", "сунни", "逊尼", "スンニ", "सुन्नी"),
    "shia": ("chiite", "chií", "sciit", "schiit", "szyic", "šíit", "шиит", "什叶", "シーア", "शिया"),
    "shiite": ("chiite", "chií", "sciit", "schiit", "szyic", "šíit", "шиит", "什叶", "シーア", "शिया"),
    "arab": ("arabe", "árabe", "arab", "araber", "arabsk", "араб", "阿拉伯", "アラブ", "अरब"),
    "kurd": ("kurde", "kurdo", "curd", "kurd", "курд", "库尔德", "クルド", "कुर्द"),
    "uighur": ("ouïghour", "uigur", "uiguri", "ujgur", "ujgursk", "уйгур", "维吾尔", "ウイグル", "उइगर"),
    "uyghur": ("ouïghour", "uigur", "uiguri", "ujgur", "ujgursk", "уйгур", "维吾尔", "ウイグル", "उइगर"),
}

# Places CLDR does not name (its cities are its time-zone cities), whose names other languages change.
_PLACES: dict[str, tuple[str, ...]] = {
    "britain": ("grande-bretagne", "royaume-uni", "gran bretaña", "reino unido", "gran bretagna", "regno unito",
                "großbritannien", "brytani", "brytyj", "británi", "великобритани", "британи", "英国", "イギリス",
                "ब्रिटेन"),
    # adjectives of cities CLDR names, where they do not start like the city's name
    "prague": ("pražsk", "pražan", "praze", "pradze", "prag"),
    "new york": ("neoyorquin", "new-yorkais", "newyorsk", "nowojorsk", "нью-йоркск"),
    "kyiv": ("kiev", "kiew", "kijów", "kijow", "kyjev", "kyjiv", "киев", "київ", "基辅", "キエフ", "キーウ", "कीव"),
    "san francisco": ("旧金山", "桑港"),
    "philadelphia": ("费城", "費城"),
    "saudi arabia": ("沙特", "サウジ"),
    "saudi": ("沙特", "サウジ"),
    "beijing": ("pékin", "pekín", "pechino", "peking", "pekin", "peking", "пекин", "北京", "बीजिंग"),
    "munich": ("munich", "múnich", "monaco di baviera", "münchen", "monachium", "mnichov", "мюнхен", "慕尼黑",
               "ミュンヘン", "म्यूनिख"),
    "cologne": ("cologne", "colonia", "köln", "kolonia", "kolín", "кёльн", "кельн", "科隆", "ケルン"),
    "venice": ("venise", "venecia", "venezia", "venedig", "wenecj", "benátk", "венеци", "威尼斯", "ヴェネツィア",
               "ベネチア"),
    "geneva": ("genève", "ginebra", "ginevra", "genf", "genew", "ženev", "женев", "日内瓦", "ジュネーブ", "जिनेवा"),
    "florence": ("florence", "florencia", "firenze", "florenz", "florencj", "florenci", "флоренци", "佛罗伦萨",
                 "フィレンツェ"),
    "naples": ("naples", "nápoles", "napoli", "neapel", "neapol", "неапол", "那不勒斯", "ナポリ"),
    "milan": ("milan", "milán", "milano", "mailand", "mediolan", "milán", "милан", "米兰", "ミラノ"),
    "turin": ("turin", "turín", "torino", "turyn", "turín", "турин", "都灵", "トリノ"),
    "nuremberg": ("nuremberg", "núremberg", "norimberga", "nürnberg", "norymberg", "norimberk", "нюрнберг", "纽伦堡",
                  "ニュルンベルク"),
    "hague": ("la haye", "la haya", "l'aia", "den haag", "haga", "hagi", "hadze", "haag", "гаага", "гааг", "海牙",
              "ハーグ"),
    "antwerp": ("anvers", "amberes", "anversa", "antwerpen", "antwerpi", "antverp", "антверпен", "安特卫普",
                "アントワープ"),
    "ghent": ("gand", "gante", "gandaw", "гент", "根特", "ヘント"),
    "edinburgh": ("édimbourg", "edimburgo", "edinburgh", "edynburg", "edinburk", "эдинбург", "爱丁堡", "エディンバラ"),
    "krakow": ("cracovie", "cracovia", "krakau", "kraków", "krakow", "краков", "克拉科夫", "クラクフ"),
    "gdansk": ("gdansk", "gdańsk", "danzig", "gdańsk", "gdaňsk", "гданьск", "格但斯克", "グダニスク"),
    "cape town": ("le cap", "ciudad del cabo", "città del capo", "kapstadt", "kapsztad", "kapské město",
                  "кейптаун", "开普敦", "ケープタウン"),
    "mecca": ("la mecque", "la meca", "la mecca", "mekka", "mekk", "мекк", "麦加", "メッカ", "मक्का"),
    "mallorca": ("majorque", "mallorca", "maiorca", "majork", "majorc", "mallorc", "майорк", "马略卡", "マヨルカ"),
    "majorca": ("majorque", "mallorca", "maiorca", "majork", "majorc", "mallorc", "майорк", "马略卡", "マヨルカ"),
    "crimea": ("crimée", "crimea", "krim", "krym", "крым", "克里米亚", "クリミア", "क्रीमिया"),
    "bavaria": ("bavière", "baviera", "bayern", "bawari", "bavorsk", "бавари", "巴伐利亚", "バイエルン"),
    "catalonia": ("catalogne", "cataluña", "catalunya", "catalogna", "katalonien", "katalonia", "katalánsk",
                  "каталони", "加泰罗尼亚", "カタルーニャ"),
    "sicily": ("sicile", "sicilia", "sizilien", "sycyli", "sicíli", "сицили", "西西里", "シチリア"),
    "scotland": ("écosse", "escocia", "scozia", "schottland", "szkocj", "skotsk", "шотланди", "苏格兰",
                 "スコットランド", "स्कॉटलैंड"),
    "wales": ("pays de galles", "gales", "galles", "wales", "walii", "walia", "wales", "уэльс", "威尔士",
              "ウェールズ", "वेल्स"),
    "england": ("angleterre", "inglaterra", "inghilterra", "england", "angli", "anglie", "англи", "英格兰",
                "イングランド", "इंग्लैंड"),
    "siberia": ("sibérie", "siberia", "sibirien", "syberi", "sibiř", "сибир", "西伯利亚", "シベリア"),
    "baltic": ("baltique", "báltico", "baltico", "ostsee", "baltisch", "bałtyck", "baltsk", "балтий", "波罗的海",
               "バルト"),
    "mediterranean": ("méditerran", "mediterrán", "mediterrane", "mittelmeer", "śródziemn", "středozem",
                      "средиземн", "地中海"),
    "caucasus": ("caucase", "cáucaso", "caucaso", "kaukasus", "kaukaz", "kavkaz", "кавказ", "高加索", "コーカサス"),
    "balkans": ("balkan", "balcan", "bałkan", "балкан", "巴尔干", "バルカン"),
    # rivers, lakes and regions each language names its own way
    "danube": ("danube", "danubio", "donau", "dunaj", "дуна", "多瑙", "ドナウ"),
    "yangtze": ("yangzi", "yangtsé", "jangtse", "jangcy", "jang-c", "янцзы", "长江", "長江", "扬子江", "揚子江"),
    "constance": ("constance", "constanza", "costanza", "bodensee", "konstanz", "bodeńsk", "bodamsk", "боденск",
                  "博登湖", "ボーデン湖"),
    "saxony": ("saxe", "sajonia", "sassonia", "sachsen", "saksoni", "sasko", "саксони", "萨克森", "ザクセン"),
    "styria": ("styrie", "estiria", "stiria", "steiermark", "styri", "štýrsk", "штири", "施蒂利亚",
               "シュタイアーマルク"),
    "pomerania": ("poméranie", "pomerania", "pommern", "pomorz", "pomořan", "помера", "померан", "波美拉尼亚",
                  "ポメラニア"),
    "moravia": ("moravie", "moravia", "mähren", "morawy", "moraw", "morav", "морави", "摩拉维亚", "モラヴィア"),
    "bohemia": ("bohême", "bohemia", "boemia", "böhmen", "czech", "čech", "богеми", "波希米亚", "ボヘミア"),
    "hohhot": ("呼和浩特", "フフホト", "хух-хото", "huhehaote"),
    # cities whose names other languages change
    "mumbai": ("bombay", "bombaj", "bombaim", "бомбе", "мумба", "孟买", "ムンバイ"),
    "wroclaw": ("breslau", "wrocław", "vratislav", "вроцлав", "弗罗茨瓦夫", "ヴロツワフ"),
    "bratislava": ("presbourg", "pressburg", "bratysław", "bratislav", "братислав", "布拉迪斯拉发", "ブラチスラヴァ"),
    "liège": ("lüttich", "lieja", "liegi", "liège", "liege", "lutych", "льеж", "列日", "リエージュ"),
    "liege": ("lüttich", "lieja", "liegi", "liège", "liege", "lutych", "льеж", "列日", "リエージュ"),
    "aachen": ("aix-la-chapelle", "aquisgrán", "aquisgrana", "akwizgran", "cáchy", "ахен", "亚琛", "アーヘン"),
}


# The acronyms English news writes for countries, and the ISO code CLDR names the country by. Other
# countries' initials (AI, PR, SA) stand for something else far more often.
COUNTRY_ACRONYMS: dict[str, str] = {"US": "US", "USA": "US", "UK": "GB"}


def acronym_forms(code: str) -> tuple[str, ...]:
    """Return the stems a source may name a country with an acronym by, beyond CLDR's names of it.

    Its people (amerykański, 美方) and the short forms CLDR keeps as variants that babel does not
    read: США, EE. UU., EUA for the United States.
    """
    if code == "US":
        return _FORMS["american"] + ("usa", "сша", "ee. uu.", "eeuu", "eua", "u.s.a.")
    if code == "GB":
        return _FORMS["british"] + _PLACES["britain"]
    return ()


def forms(word: str) -> tuple[str, ...]:
    """Return the stems the source languages write the demonym, religion, people or place with (lower case)."""
    w = word.lower()
    return _PLACES.get(w, ()) or people(w)


def people(word: str) -> tuple[str, ...]:
    """Return the stems of a demonym, religion or people only ("British", "Muslims"), not of a place."""
    w = word.lower()
    if w.endswith("s") and w not in _FORMS and w[:-1] in _FORMS:
        w = w[:-1]  # Muslims, Catholics, Kurds
    return _FORMS.get(w, ())


# Chinese and Japanese news write a country with one character in compounds: 中美两国, 美方, 俄总统,
# 日米首脳, 英首相. CLDR's name of the country (the key) has that character (the value); it counts next
# to another such character or before a word of state (方, 军, 总统, 政府...), not alone (美 is also
# "beautiful", 日 "day").
_SHORT: dict[str, dict[str, str]] = {
    "zh": {
        "中国": "中", "美国": "美", "俄罗斯": "俄", "英国": "英", "法国": "法", "德国": "德", "日本": "日",
        "韩国": "韩", "朝鲜": "朝", "印度": "印", "澳大利亚": "澳", "加拿大": "加", "意大利": "意", "西班牙": "西",
        "乌克兰": "乌", "以色列": "以", "巴基斯坦": "巴", "伊朗": "伊", "叙利亚": "叙", "土耳其": "土", "越南": "越",
        "菲律宾": "菲", "台湾": "台",
    },
    "ja": {
        "中国": "中", "アメリカ合衆国": "米", "ロシア": "露", "イギリス": "英", "フランス": "仏", "ドイツ": "独",
        "日本": "日", "韓国": "韓", "北朝鮮": "朝", "インド": "印", "オーストラリア": "豪", "カナダ": "加",
        "イタリア": "伊", "台湾": "台", "フィリピン": "比",
    },
}
_STATE_WORDS = {
    "zh": "方|军|总统|总理|首相|外长|外交|政府|国防|媒|籍|企|驻|元首|两国|双方|关系|贸易|官员|领导人|大使|海军|空军|"
          "陆军|舰|议会|央行|股",
    "ja": "政府|軍|首相|大統領|外相|当局|側|両国|関係|首脳|紙|大使|議会|国防|中銀|株",
}


def short_form_found(country: str, source: str, language: str | None) -> bool:
    """Tell whether a Chinese or Japanese source writes the country (CLDR's name) with its one character."""
    table = _SHORT.get(language or "", {})
    if (char := table.get(country)) is None:
        return False
    others = "".join(table.values())
    pattern = rf"{char}(?=[{others}]|{_STATE_WORDS[language or '']})|(?<=[{others}]){char}"
    return re.search(pattern, source) is not None
