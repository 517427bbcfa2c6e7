"""What CLDR does not name: irregular demonyms, religions and peoples, in the languages newsdesk reads.

Countries, languages and cities come from CLDR (see entities._gazetteer), and so do the adjectives
CLDR gives in currency names ("peso mexicain", "Schweizer Franken"). This table holds the rest:
demonyms that are not formed from the country's name ("British", "American", "Dutch"), religions
and peoples, each with the stems the languages write them with (the source's word must start with
one: "musulmans" and "muzułmańskich" start with "musulman" and "muzułma").
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


def forms(word: str) -> tuple[str, ...]:
    """Return the stems the source languages write the demonym, religion or people with (lower case)."""
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
