"""Nationality adjectives and country names, so "Azeri President" reads "President of Azerbaijan".

Data only. Each line: ``Country|adjective|adjective...``; the country's own name and common
short forms map to it too. Countries usually written with "the" are listed in ``_WITH_THE``.
"""

_TABLE = """
Afghanistan|Afghan|Afghani
Albania|Albanian
Algeria|Algerian
Andorra|Andorran
Angola|Angolan
Antigua and Barbuda|Antiguan|Barbudan
Argentina|Argentine|Argentinian|Argentinean
Armenia|Armenian
Australia|Australian|Aussie
Austria|Austrian
Azerbaijan|Azerbaijani|Azeri|Azerbaijanian
Bahamas|Bahamian
Bahrain|Bahraini
Bangladesh|Bangladeshi
Barbados|Barbadian|Bajan
Belarus|Belarusian|Belarussian|Byelorussian
Belgium|Belgian
Belize|Belizean
Benin|Beninese
Bhutan|Bhutanese
Bolivia|Bolivian
Bosnia and Herzegovina|Bosnian|Herzegovinian|Bosnia
Botswana|Botswanan|Motswana
Brazil|Brazilian
Brunei|Bruneian
Bulgaria|Bulgarian
Burkina Faso|Burkinabe|Burkinabé
Burundi|Burundian
Cambodia|Cambodian
Cameroon|Cameroonian
Canada|Canadian
Cape Verde|Cape Verdean|Cabo Verde
Central African Republic|Central African
Chad|Chadian
Chile|Chilean
China|Chinese|PRC
Colombia|Colombian
Comoros|Comoran|Comorian
Democratic Republic of the Congo|Congolese|DRC|DR Congo
Republic of the Congo|Congo-Brazzaville
Costa Rica|Costa Rican
Croatia|Croatian|Croat
Cuba|Cuban
Cyprus|Cypriot
Czech Republic|Czech|Czechia
Denmark|Danish|Dane
Djibouti|Djiboutian
Dominica
Dominican Republic|Dominican
East Timor|Timorese|Timor-Leste
Ecuador|Ecuadorian|Ecuadorean
Egypt|Egyptian
El Salvador|Salvadoran|Salvadorean
Equatorial Guinea|Equatoguinean|Equatorial Guinean
Eritrea|Eritrean
Estonia|Estonian
Eswatini|Swazi|Swaziland
Ethiopia|Ethiopian
Fiji|Fijian
Finland|Finnish|Finn
France|French
Gabon|Gabonese
Gambia|Gambian
Georgia|Georgian
Germany|German
Ghana|Ghanaian
Greece|Greek|Hellenic
Grenada|Grenadian
Guatemala|Guatemalan
Guinea|Guinean
Guinea-Bissau|Bissau-Guinean
Guyana|Guyanese
Haiti|Haitian
Honduras|Honduran
Hungary|Hungarian
Iceland|Icelandic
India|Indian
Indonesia|Indonesian
Iran|Iranian|Persian
Iraq|Iraqi
Ireland|Irish
Israel|Israeli
Italy|Italian
Ivory Coast|Ivorian|Côte d'Ivoire|Cote d'Ivoire
Jamaica|Jamaican
Japan|Japanese
Jordan|Jordanian
Kazakhstan|Kazakh|Kazakhstani
Kenya|Kenyan
Kiribati|I-Kiribati
Kosovo|Kosovar|Kosovan
Kuwait|Kuwaiti
Kyrgyzstan|Kyrgyz|Kyrgyzstani|Kirghiz
Laos|Lao|Laotian
Latvia|Latvian|Lett
Lebanon|Lebanese
Lesotho|Basotho|Mosotho
Liberia|Liberian
Libya|Libyan
Liechtenstein|Liechtensteiner
Lithuania|Lithuanian
Luxembourg|Luxembourgish|Luxembourger
Madagascar|Malagasy
Malawi|Malawian
Malaysia|Malaysian
Maldives|Maldivian
Mali|Malian
Malta|Maltese
Marshall Islands|Marshallese
Mauritania|Mauritanian
Mauritius|Mauritian
Mexico|Mexican
Micronesia|Micronesian
Moldova|Moldovan
Monaco|Monegasque|Monacan
Mongolia|Mongolian
Montenegro|Montenegrin
Morocco|Moroccan
Mozambique|Mozambican
Myanmar|Burmese|Burma
Namibia|Namibian
Nauru|Nauruan
Nepal|Nepali|Nepalese
Netherlands|Dutch|Holland
New Zealand|New Zealander|Kiwi
Nicaragua|Nicaraguan
Niger|Nigerien
Nigeria|Nigerian
North Korea|North Korean|DPRK
North Macedonia|Macedonian|Macedonia
Norway|Norwegian
Oman|Omani
Pakistan|Pakistani
Palau|Palauan
Palestine|Palestinian
Panama|Panamanian
Papua New Guinea|Papua New Guinean|PNG
Paraguay|Paraguayan
Peru|Peruvian
Philippines|Filipino|Philippine
Poland|Polish|Pole
Portugal|Portuguese
Qatar|Qatari
Romania|Romanian
Russia|Russian|Russian Federation
Rwanda|Rwandan
Saint Kitts and Nevis|Kittitian|Nevisian
Saint Lucia|Saint Lucian
Saint Vincent and the Grenadines|Vincentian
Samoa|Samoan
San Marino|Sammarinese
Sao Tome and Principe|Santomean|São Tomé and Príncipe
Saudi Arabia|Saudi|Saudi Arabian
Senegal|Senegalese
Serbia|Serbian|Serb
Seychelles|Seychellois
Sierra Leone|Sierra Leonean
Singapore|Singaporean
Slovakia|Slovak|Slovakian
Slovenia|Slovenian|Slovene
Solomon Islands|Solomon Islander
Somalia|Somali
South Africa|South African
South Korea|South Korean|Korean|ROK
South Sudan|South Sudanese
Spain|Spanish|Spaniard
Sri Lanka|Sri Lankan
Sudan|Sudanese
Suriname|Surinamese
Sweden|Swedish|Swede
Switzerland|Swiss
Syria|Syrian
Taiwan|Taiwanese
Tajikistan|Tajik|Tajikistani
Tanzania|Tanzanian
Thailand|Thai
Togo|Togolese
Tonga|Tongan
Trinidad and Tobago|Trinidadian|Tobagonian
Tunisia|Tunisian
Turkey|Turkish|Turk|Türkiye
Turkmenistan|Turkmen
Tuvalu|Tuvaluan
Uganda|Ugandan
Ukraine|Ukrainian
United Arab Emirates|Emirati|UAE
United Kingdom|British|UK|U.K.|Britain|Great Britain
United States|American|US|U.S.|USA|U.S.A.|America
Uruguay|Uruguayan
Uzbekistan|Uzbek|Uzbekistani
Vanuatu|Ni-Vanuatu|Vanuatuan
Vatican|Vatican City|Holy See
Venezuela|Venezuelan
Vietnam|Vietnamese|Viet Nam
Yemen|Yemeni
Zambia|Zambian
Zimbabwe|Zimbabwean
Scotland|Scottish|Scot
Wales|Welsh
England|English
Northern Ireland|Northern Irish
Nagorno-Karabakh|Karabakh
European Union|EU|E.U.|European
"""

_WITH_THE = frozenset(
    {
        "Bahamas", "Central African Republic", "Comoros", "Czech Republic",
        "Democratic Republic of the Congo", "Dominican Republic", "Gambia", "Maldives",
        "Marshall Islands", "Netherlands", "Philippines", "Republic of the Congo",
        "Seychelles", "Solomon Islands", "United Arab Emirates", "United Kingdom",
        "United States", "Vatican", "European Union",
    }
)  # fmt: skip


def _build() -> dict[str, str]:
    table: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        country, *forms = line.split("|")
        for form in (country, *forms):
            table.setdefault(form.casefold(), country)
    return table


COUNTRY_BY_NAME: dict[str, str] = _build()


def country_of(word: str) -> str | None:
    """The country a nationality adjective or country name stands for ("Azeri" -> "Azerbaijan")."""
    return COUNTRY_BY_NAME.get(word.strip().casefold())


def with_article(country: str) -> str:
    """``country`` as it reads after "of": "the United States", "France"."""
    return f"the {country}" if country in _WITH_THE else country
