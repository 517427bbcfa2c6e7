"""Organisations each language names its own way: OTAN is NATO, ONZ is the UN, 微软 is Microsoft.

CLDR names countries, languages and cities but not organisations, so this table is kept by hand:
for each English acronym (and a few companies and a disease that Chinese and Japanese name in
words of their own), what the languages newsdesk reads call the same organisation, as an acronym
or in words (the forms Wikipedia gives in each language). An English name is found in a source
that writes any of them; a different organisation's is not ("IMF" against "OMS").
"""

from __future__ import annotations

import functools
import re

# English acronym: the organisation's acronyms and names in fr, es, it, de, pl, cs, ru, zh, ja, hi.
_ORGANISATIONS: dict[str, tuple[str, ...]] = {
    "UN": (
        "ONU", "UNO", "VN", "ONZ", "OSN", "ООН", "Nations unies", "Naciones Unidas", "Nazioni Unite",
        "Vereinten Nationen", "Vereinte Nationen", "Narodów Zjednoczonych", "spojených národů",
        "Объединённых Наций", "Объединенных Наций", "联合国", "聯合國", "国連", "国際連合", "संयुक्त राष्ट्र",
    ),
    "NATO": ("OTAN", "НАТО", "北约", "北約", "北大西洋公约组织", "北大西洋条約機構", "नाटो"),
    "EU": (
        "UE", "ЕС", "Union européenne", "Unión Europea", "Unione europea", "Europäische Union",
        "Europäischen Union", "Unia Europejska", "Unii Europejskiej", "Evropská unie", "Evropské unie",
        "Евросоюз", "Европейский союз", "Европейского союза", "欧盟", "歐盟", "欧州連合", "यूरोपीय संघ",
    ),
    "WHO": (
        "OMS", "ВОЗ", "Organisation mondiale de la santé", "Organización Mundial de la Salud",
        "Organizzazione mondiale della sanità", "Weltgesundheitsorganisation", "Światowa Organizacja Zdrowia",
        "Światowej Organizacji Zdrowia", "Světová zdravotnická organizace", "Всемирная организация здравоохранения",
        "世卫组织", "世界卫生组织", "世衛組織", "世界保健機関", "विश्व स्वास्थ्य संगठन", "डब्ल्यूएचओ",
    ),
    "IMF": (
        "FMI", "IWF", "MFW", "MMF", "МВФ", "Fonds monétaire international", "Fondo Monetario Internacional",
        "Fondo monetario internazionale", "Internationale Währungsfonds", "Internationalen Währungsfonds",
        "Międzynarodowy Fundusz Walutowy", "Mezinárodní měnový fond", "国际货币基金组织", "国际货币基金",
        "国際通貨基金", "अंतरराष्ट्रीय मुद्रा कोष", "आईएमएफ",
    ),
    "ECB": (
        "BCE", "EZB", "EBC", "ЕЦБ", "Banque centrale européenne", "Banco Central Europeo", "Banca centrale europea",
        "Europäische Zentralbank", "Europejski Bank Centralny", "Evropská centrální banka", "欧洲央行",
        "欧洲中央银行", "欧州中央銀行",
    ),
    "WTO": (
        "OMC", "ВТО", "Organisation mondiale du commerce", "Organización Mundial del Comercio",
        "Organizzazione mondiale del commercio", "Welthandelsorganisation", "Światowa Organizacja Handlu",
        "Světová obchodní organizace", "世贸组织", "世界贸易组织", "世界貿易機関", "विश्व व्यापार संगठन",
    ),
    "OPEC": ("OPEP", "ОПЕК", "欧佩克", "石油输出国组织", "石油輸出国機構", "ओपेक"),
    "ECHR": (
        "CEDH", "TEDH", "CEDU", "EGMR", "ETPC", "ETPCz", "ESLP", "ЕСПЧ", "Cour européenne des droits de l'homme",
        "Tribunal Europeo de Derechos Humanos", "Corte europea dei diritti dell'uomo",
        "Europäische Gerichtshof für Menschenrechte", "Europejski Trybunał Praw Człowieka",
        "Evropský soud pro lidská práva", "Европейский суд по правам человека", "欧洲人权法院", "欧州人権裁判所",
    ),
    "ICC": (
        "CPI", "IStGH", "MTK", "МУС", "Cour pénale internationale", "Corte Penal Internacional",
        "Corte penale internazionale", "Internationale Strafgerichtshof", "Międzynarodowy Trybunał Karny",
        "Mezinárodní trestní soud", "Международный уголовный суд", "国际刑事法院", "国際刑事裁判所",
    ),
    "ICJ": (
        "CIJ", "IGH", "MTS", "Cour internationale de justice", "Corte Internacional de Justicia",
        "Corte internazionale di giustizia", "Internationale Gerichtshof", "Międzynarodowy Trybunał Sprawiedliwości",
        "Mezinárodní soudní dvůr", "Международный суд", "国际法院", "国際司法裁判所",
    ),
    "IAEA": (
        "AIEA", "OIEA", "IAEO", "MAEA", "MAAE", "МАГАТЭ", "Agence internationale de l'énergie atomique",
        "Organismo Internacional de Energía Atómica", "Agenzia internazionale per l'energia atomica",
        "Internationale Atomenergiebehörde", "Międzynarodowa Agencja Energii Atomowej",
        "Mezinárodní agentura pro atomovou energii", "国际原子能机构", "国際原子力機関",
    ),
    "OSCE": ("OSZE", "OBWE", "OBSE", "ОБСЕ", "欧安组织", "欧州安全保障協力機構"),
    "OECD": ("OCDE", "OCSE", "ОЭСР", "经合组织", "經合組織", "経済協力開発機構"),
    "IOC": (
        "CIO", "MKOl", "MKOL", "MOV", "МОК", "Comité international olympique", "Comité Olímpico Internacional",
        "Comitato Olimpico Internazionale", "Internationale Olympische Komitee", "国际奥委会", "国際オリンピック委員会",
    ),
    "UNHCR": ("HCR", "ACNUR", "УВКБ", "联合国难民署", "国連難民高等弁務官事務所"),
    "UNESCO": ("ЮНЕСКО", "联合国教科文组织", "ユネスコ", "यूनेस्को"),
    "UNICEF": ("ЮНИСЕФ", "联合国儿童基金会", "ユニセフ", "यूनिसेफ"),
    "FIFA": ("ФИФА", "国际足联", "国際サッカー連盟", "फीफा"),
    "UEFA": ("УЕФА", "欧足联", "欧州サッカー連盟"),
    "ASEAN": ("ANASE", "АСЕАН", "东盟", "東協", "東南アジア諸国連合", "आसियान"),
    "AU": ("UA", "Union africaine", "Unión Africana", "Unione africana", "Afrikanische Union", "Unia Afrykańska",
           "Africká unie", "Африканский союз", "非盟", "アフリカ連合"),
    "PLO": ("OLP", "ООП", "巴解组织", "パレスチナ解放機構"),
    "UAE": ("EAU", "VAE", "ZEA", "SAE", "ОАЭ", "阿联酋", "アラブ首長国連邦", "संयुक्त अरब अमीरात", "यूएई"),
    "DRC": ("RDC", "DRK", "KDR", "ДРК", "刚果（金）", "刚果民主共和国", "コンゴ民主共和国"),
    "DPRK": ("RPDC", "KRLD", "KLDR", "КНДР", "朝鲜", "朝鮮民主主義人民共和国"),
    "PRC": ("RPC", "ChRL", "ČLR", "КНР", "中华人民共和国", "中華人民共和国"),
    "IS": ("EI", "Daech", "Daesh", "ИГ", "ИГИЛ", "伊斯兰国", "イスラム国"),
    "ISIS": ("EI", "EIIL", "Daech", "Daesh", "IS", "ISIL", "ИГ", "ИГИЛ", "伊斯兰国", "イスラム国"),
    "ISIL": ("EI", "EIIL", "Daech", "Daesh", "IS", "ISIS", "ИГ", "ИГИЛ", "伊斯兰国", "イスラム国"),
    "FBI": ("ФБР", "联邦调查局", "連邦捜査局", "एफबीआई"),
    "CIA": ("ЦРУ", "中央情报局", "中情局", "中央情報局", "सीआईए"),
    "NASA": ("НАСА", "美国国家航空航天局", "美国宇航局", "航空宇宙局", "नासा"),
    "HIV": ("VIH", "ВИЧ", "艾滋病病毒", "エイズウイルス", "एचआईवी"),
    "AIDS": ("SIDA", "СПИД", "艾滋病", "エイズ", "एड्स"),
    # companies that Chinese and Japanese name in words of their own rather than by sound
    "TENCENT": ("腾讯", "騰訊", "テンセント"),
    "FACEBOOK": ("脸书", "脸谱", "臉書", "フェイスブック"),
    "MICROSOFT": ("微软", "微軟", "マイクロソフト"),
    "SAMSUNG": ("三星", "サムスン"),
    "TOYOTA": ("丰田", "豐田", "トヨタ"),
    "HONDA": ("本田", "ホンダ"),
    "NISSAN": ("日产", "日産"),
    "VOLKSWAGEN": ("大众汽车", "大众", "フォルクスワーゲン"),
    "MERCEDES": ("奔驰", "梅赛德斯", "メルセデス"),
    "PANASONIC": ("松下", "パナソニック"),
    "TOSHIBA": ("东芝", "東芝"),
    "HITACHI": ("日立",),
    "SOFTBANK": ("软银", "ソフトバンク"),
    "XIAOMI": ("小米", "シャオミ"),
    "BYTEDANCE": ("字节跳动", "バイトダンス"),
    "TIKTOK": ("抖音", "ティックトック"),
    "WECHAT": ("微信",),
    "AIRBUS": ("空客", "空中客车", "エアバス"),
    "STARBUCKS": ("星巴克", "スターバックス"),
    "KFC": ("肯德基",),
    "COCA-COLA": ("可口可乐", "コカ・コーラ"),
    "GENERAL MOTORS": ("通用汽车", "ゼネラル・モーターズ"),
    "SHELL": ("壳牌", "シェル"),
    "NESTLÉ": ("雀巢", "ネスレ"),
    "NESTLE": ("雀巢", "ネスレ"),
    "JDCOM": ("京东",),  # JD.com, looked up without its full stop as acronyms are
    "SINOPEC": ("中国石化", "中石化"),
    "PETROCHINA": ("中国石油", "中石油"),
    "LENOVO": ("联想", "聯想", "レノボ"),
    "NETEASE": ("网易", "網易"),
    # news agencies and papers named in words of their own
    "REUTERS": ("路透", "ロイター"),
    "BLOOMBERG": ("彭博", "ブルームバーグ"),
    # a disease named by an acronym and a year, which other languages name in words
    "COVID-19": ("COVID", "Covid", "coronavirus", "koronawirus", "koronavirus", "Corona", "коронавирус",
                 "ковид", "新冠", "新型冠状病毒", "新型コロナ", "コロナ", "कोरोना", "कोविड"),
    "COVID": ("coronavirus", "koronawirus", "koronavirus", "Corona", "коронавирус", "ковид", "新冠",
              "新型冠状病毒", "新型コロナ", "コロナ", "कोरोना", "कोविड"),
}


@functools.cache
def _patterns() -> dict[str, re.Pattern[str]]:
    """Return, for each English acronym, one pattern finding any of its forms in a source."""
    patterns = {}
    for acronym, forms in _ORGANISATIONS.items():
        alternatives = []
        for form in forms:
            if form.isupper() or re.fullmatch(r"[A-ZČ][A-Za-zČ]+", form) and sum(c.isupper() for c in form) >= 2:
                # an acronym as written, a whole word ("ONU", "MKOl", not "onu" inside a word)
                alternatives.append(r"(?<![^\W\d_])" + re.escape(form) + r"(?![^\W\d_])")
            else:
                alternatives.append("(?i:" + re.escape(form) + ")")
        patterns[acronym] = re.compile("|".join(alternatives))
    return patterns


def is_organisation(acronym: str) -> bool:
    """Tell whether the table knows the English acronym (WHO is an organisation, not "who")."""
    return acronym.replace(".", "") in _ORGANISATIONS


def named_in(acronym: str, source: str) -> str:
    """Return how the source names the organisation the English acronym stands for, or ""."""
    pattern = _patterns().get(acronym.replace(".", ""))
    m = pattern.search(source) if pattern else None
    return m.group(0) if m else ""
