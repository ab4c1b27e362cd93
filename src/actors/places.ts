/**
 * The countries of the world with their other names, demonyms and capitals, and the regions news
 * articles name. A country named as an actor ("the United States will continue…") is a government;
 * its capital and the regions are places, never actors; a demonym ("Nigerien President") is part
 * of a role, not a mention.
 */

export interface Country {
  readonly name: string;
  readonly aliases: readonly string[];
  readonly demonyms: readonly string[];
  readonly capital: string;
}

// name | other names | demonyms (adjective, then plural) | capital
const COUNTRY_LINES = `
Afghanistan||Afghan,Afghans|Kabul
Albania||Albanian,Albanians|Tirana
Algeria||Algerian,Algerians|Algiers
Andorra||Andorran,Andorrans|Andorra la Vella
Angola||Angolan,Angolans|Luanda
Antigua and Barbuda||Antiguan,Antiguans|Saint John's
Argentina||Argentine,Argentinian,Argentines,Argentinians|Buenos Aires
Armenia||Armenian,Armenians|Yerevan
Australia||Australian,Australians|Canberra
Austria||Austrian,Austrians|Vienna
Azerbaijan||Azerbaijani,Azerbaijanis|Baku
Bahamas|The Bahamas|Bahamian,Bahamians|Nassau
Bahrain||Bahraini,Bahrainis|Manama
Bangladesh||Bangladeshi,Bangladeshis|Dhaka
Barbados||Barbadian,Barbadians|Bridgetown
Belarus||Belarusian,Belarusians|Minsk
Belgium||Belgian,Belgians|Brussels
Belize||Belizean,Belizeans|Belmopan
Benin||Beninese|Porto-Novo
Bhutan||Bhutanese|Thimphu
Bolivia||Bolivian,Bolivians|Sucre
Bosnia and Herzegovina|Bosnia|Bosnian,Bosnians|Sarajevo
Botswana||Botswanan,Batswana|Gaborone
Brazil||Brazilian,Brazilians|Brasilia
Brunei||Bruneian,Bruneians|Bandar Seri Begawan
Bulgaria||Bulgarian,Bulgarians|Sofia
Burkina Faso|Burkina|Burkinabe,Burkinabè|Ouagadougou
Burundi||Burundian,Burundians|Gitega
Cambodia||Cambodian,Cambodians|Phnom Penh
Cameroon||Cameroonian,Cameroonians|Yaounde
Canada||Canadian,Canadians|Ottawa
Cape Verde|Cabo Verde|Cape Verdean,Cape Verdeans|Praia
Central African Republic|CAR|Central African,Central Africans|Bangui
Chad||Chadian,Chadians|N'Djamena
Chile||Chilean,Chileans|Santiago
China|PRC,People's Republic of China|Chinese|Beijing
Colombia||Colombian,Colombians|Bogota
Comoros||Comorian,Comorians|Moroni
Democratic Republic of the Congo|DRC,DR Congo,Congo-Kinshasa|Congolese|Kinshasa
Republic of the Congo|Congo,Congo-Brazzaville|Congolese|Brazzaville
Costa Rica||Costa Rican,Costa Ricans|San Jose
Ivory Coast|Cote d'Ivoire,Côte d'Ivoire|Ivorian,Ivorians|Yamoussoukro
Croatia||Croatian,Croatians|Zagreb
Cuba||Cuban,Cubans|Havana
Cyprus||Cypriot,Cypriots|Nicosia
Czech Republic|Czechia|Czech,Czechs|Prague
Denmark||Danish,Danes|Copenhagen
Djibouti||Djiboutian,Djiboutians|Djibouti City
Dominica||Dominican,Dominicans|Roseau
Dominican Republic||Dominican,Dominicans|Santo Domingo
East Timor|Timor-Leste|Timorese|Dili
Ecuador||Ecuadorian,Ecuadorians|Quito
Egypt||Egyptian,Egyptians|Cairo
El Salvador||Salvadoran,Salvadorans|San Salvador
Equatorial Guinea||Equatoguinean,Equatoguineans|Malabo
Eritrea||Eritrean,Eritreans|Asmara
Estonia||Estonian,Estonians|Tallinn
Eswatini|Swaziland|Swazi,Swazis|Mbabane
Ethiopia||Ethiopian,Ethiopians|Addis Ababa
Fiji||Fijian,Fijians|Suva
Finland||Finnish,Finns|Helsinki
France||French|Paris
Gabon||Gabonese|Libreville
Gambia|The Gambia|Gambian,Gambians|Banjul
Georgia||Georgian,Georgians|Tbilisi
Germany||German,Germans|Berlin
Ghana||Ghanaian,Ghanaians|Accra
Greece||Greek,Greeks|Athens
Grenada||Grenadian,Grenadians|St. George's
Guatemala||Guatemalan,Guatemalans|Guatemala City
Guinea||Guinean,Guineans|Conakry
Guinea-Bissau||Bissau-Guinean,Bissau-Guineans|Bissau
Guyana||Guyanese|Georgetown
Haiti||Haitian,Haitians|Port-au-Prince
Honduras||Honduran,Hondurans|Tegucigalpa
Hungary||Hungarian,Hungarians|Budapest
Iceland||Icelandic,Icelanders|Reykjavik
India||Indian,Indians|New Delhi
Indonesia||Indonesian,Indonesians|Jakarta
Iran||Iranian,Iranians|Tehran
Iraq||Iraqi,Iraqis|Baghdad
Ireland||Irish|Dublin
Israel||Israeli,Israelis|Jerusalem
Italy||Italian,Italians|Rome
Jamaica||Jamaican,Jamaicans|Kingston
Japan||Japanese|Tokyo
Jordan||Jordanian,Jordanians|Amman
Kazakhstan||Kazakh,Kazakhs|Astana
Kenya||Kenyan,Kenyans|Nairobi
Kiribati||I-Kiribati|Tarawa
Kosovo||Kosovar,Kosovars|Pristina
Kuwait||Kuwaiti,Kuwaitis|Kuwait City
Kyrgyzstan||Kyrgyz|Bishkek
Laos||Lao,Laotian,Laotians|Vientiane
Latvia||Latvian,Latvians|Riga
Lebanon||Lebanese|Beirut
Lesotho||Basotho,Mosotho|Maseru
Liberia||Liberian,Liberians|Monrovia
Libya||Libyan,Libyans|Tripoli
Liechtenstein||Liechtensteiner,Liechtensteiners|Vaduz
Lithuania||Lithuanian,Lithuanians|Vilnius
Luxembourg||Luxembourgish,Luxembourgers|Luxembourg City
Madagascar||Malagasy|Antananarivo
Malawi||Malawian,Malawians|Lilongwe
Malaysia||Malaysian,Malaysians|Kuala Lumpur
Maldives||Maldivian,Maldivians|Male
Mali||Malian,Malians|Bamako
Malta||Maltese|Valletta
Marshall Islands||Marshallese|Majuro
Mauritania||Mauritanian,Mauritanians|Nouakchott
Mauritius||Mauritian,Mauritians|Port Louis
Mexico||Mexican,Mexicans|Mexico City
Micronesia||Micronesian,Micronesians|Palikir
Moldova||Moldovan,Moldovans|Chisinau
Monaco||Monegasque,Monegasques|Monaco
Mongolia||Mongolian,Mongolians|Ulaanbaatar
Montenegro||Montenegrin,Montenegrins|Podgorica
Morocco||Moroccan,Moroccans|Rabat
Mozambique||Mozambican,Mozambicans|Maputo
Myanmar|Burma|Burmese|Naypyidaw
Namibia||Namibian,Namibians|Windhoek
Nauru||Nauruan,Nauruans|Yaren
Nepal||Nepali,Nepalese|Kathmandu
Netherlands|Holland,The Netherlands|Dutch|Amsterdam
New Zealand||New Zealander,New Zealanders|Wellington
Nicaragua||Nicaraguan,Nicaraguans|Managua
Niger||Nigerien,Nigeriens|Niamey
Nigeria||Nigerian,Nigerians|Abuja
North Korea|DPRK|North Korean,North Koreans|Pyongyang
North Macedonia|Macedonia|Macedonian,Macedonians|Skopje
Norway||Norwegian,Norwegians|Oslo
Oman||Omani,Omanis|Muscat
Pakistan||Pakistani,Pakistanis|Islamabad
Palau||Palauan,Palauans|Ngerulmud
Palestine|Palestinian territories|Palestinian,Palestinians|Ramallah
Panama||Panamanian,Panamanians|Panama City
Papua New Guinea|PNG|Papua New Guinean,Papua New Guineans|Port Moresby
Paraguay||Paraguayan,Paraguayans|Asuncion
Peru||Peruvian,Peruvians|Lima
Philippines|The Philippines|Filipino,Filipinos,Philippine|Manila
Poland||Polish,Poles|Warsaw
Portugal||Portuguese|Lisbon
Qatar||Qatari,Qataris|Doha
Romania||Romanian,Romanians|Bucharest
Russia|Russian Federation|Russian,Russians|Moscow
Rwanda||Rwandan,Rwandans|Kigali
Saint Kitts and Nevis||Kittitian,Kittitians|Basseterre
Saint Lucia||Saint Lucian,Saint Lucians|Castries
Saint Vincent and the Grenadines||Vincentian,Vincentians|Kingstown
Samoa||Samoan,Samoans|Apia
San Marino||Sammarinese|San Marino
Sao Tome and Principe|São Tomé and Príncipe|Santomean,Santomeans|Sao Tome
Saudi Arabia|Saudi|Saudi,Saudis|Riyadh
Senegal||Senegalese|Dakar
Serbia||Serbian,Serbs|Belgrade
Seychelles||Seychellois|Victoria
Sierra Leone||Sierra Leonean,Sierra Leoneans|Freetown
Singapore||Singaporean,Singaporeans|Singapore
Slovakia||Slovak,Slovaks|Bratislava
Slovenia||Slovenian,Slovenians,Slovene,Slovenes|Ljubljana
Solomon Islands||Solomon Islander,Solomon Islanders|Honiara
Somalia||Somali,Somalis|Mogadishu
South Africa||South African,South Africans|Pretoria
South Korea|Korea,Republic of Korea|South Korean,South Koreans,Korean,Koreans|Seoul
South Sudan||South Sudanese|Juba
Spain||Spanish,Spaniards|Madrid
Sri Lanka||Sri Lankan,Sri Lankans|Colombo
Sudan||Sudanese|Khartoum
Suriname||Surinamese|Paramaribo
Sweden||Swedish,Swedes|Stockholm
Switzerland||Swiss|Bern
Syria||Syrian,Syrians|Damascus
Taiwan||Taiwanese|Taipei
Tajikistan||Tajik,Tajiks|Dushanbe
Tanzania||Tanzanian,Tanzanians|Dodoma
Thailand||Thai,Thais|Bangkok
Togo||Togolese|Lome
Tonga||Tongan,Tongans|Nuku'alofa
Trinidad and Tobago||Trinidadian,Trinidadians|Port of Spain
Tunisia||Tunisian,Tunisians|Tunis
Turkey|Türkiye|Turkish,Turks|Ankara
Turkmenistan||Turkmen|Ashgabat
Tuvalu||Tuvaluan,Tuvaluans|Funafuti
Uganda||Ugandan,Ugandans|Kampala
Ukraine||Ukrainian,Ukrainians|Kyiv
United Arab Emirates|UAE,Emirates|Emirati,Emiratis|Abu Dhabi
United Kingdom|UK,U.K.,Britain,Great Britain|British,Britons|London
United States|US,U.S.,USA,U.S.A.,United States of America,America|American,Americans|Washington
Uruguay||Uruguayan,Uruguayans|Montevideo
Uzbekistan||Uzbek,Uzbeks|Tashkent
Vanuatu||Ni-Vanuatu|Port Vila
Vatican City|Vatican,Holy See||Vatican City
Venezuela||Venezuelan,Venezuelans|Caracas
Vietnam|Viet Nam|Vietnamese|Hanoi
Yemen||Yemeni,Yemenis|Sanaa
Zambia||Zambian,Zambians|Lusaka
Zimbabwe||Zimbabwean,Zimbabweans|Harare
`;

const list = (field: string | undefined): string[] =>
  (field ?? '')
    .split(',')
    .map((item) => item.trim())
    .filter((item) => item !== '');

export const COUNTRIES: readonly Country[] = COUNTRY_LINES.trim()
  .split('\n')
  .map((line) => {
    const [name = '', aliases, demonyms, capital = ''] = line.split('|');
    return { name, aliases: list(aliases), demonyms: list(demonyms), capital };
  });

/** Continents, regions and other places that are never actors. */
const REGIONS = [
  'Africa',
  'West Africa',
  'East Africa',
  'North Africa',
  'Southern Africa',
  'Central Africa',
  'Sub-Saharan Africa',
  'Sahel',
  'Sahara',
  'Maghreb',
  'Europe',
  'Western Europe',
  'Eastern Europe',
  'Asia',
  'Central Asia',
  'South Asia',
  'Southeast Asia',
  'East Asia',
  'Middle East',
  'Gulf',
  'Persian Gulf',
  'Latin America',
  'South America',
  'North America',
  'Central America',
  'Caribbean',
  'Pacific',
  'Atlantic',
  'Mediterranean',
  'Indo-Pacific',
  'Balkans',
  'Arctic',
  'Antarctica',
  'Oceania',
  'Horn of Africa',
  'Lake Chad',
  'West',
  'East',
  'North',
  'South',
];

/** US states and cities that are not capitals but are often in the news. */
const OTHER_PLACES = [
  'Alabama',
  'Alaska',
  'Arizona',
  'Arkansas',
  'California',
  'Colorado',
  'Connecticut',
  'Delaware',
  'Florida',
  'Hawaii',
  'Idaho',
  'Illinois',
  'Indiana',
  'Iowa',
  'Kansas',
  'Kentucky',
  'Louisiana',
  'Maine',
  'Maryland',
  'Massachusetts',
  'Michigan',
  'Minnesota',
  'Mississippi',
  'Missouri',
  'Montana',
  'Nebraska',
  'Nevada',
  'New Hampshire',
  'New Jersey',
  'New Mexico',
  'New York',
  'North Carolina',
  'North Dakota',
  'Ohio',
  'Oklahoma',
  'Oregon',
  'Pennsylvania',
  'Rhode Island',
  'South Carolina',
  'South Dakota',
  'Tennessee',
  'Texas',
  'Utah',
  'Vermont',
  'Virginia',
  'West Virginia',
  'Wisconsin',
  'Wyoming',
  'New York City',
  'Los Angeles',
  'Chicago',
  'Houston',
  'San Francisco',
  'Miami',
  'Boston',
  'Seattle',
  'Atlanta',
  'Shanghai',
  'Hong Kong',
  'Mumbai',
  'Karachi',
  'Lahore',
  'Istanbul',
  'Lagos',
  'Kano',
  'Agadez',
  'Zinder',
  'Maradi',
  'Tahoua',
  'Diffa',
  'Tillaberi',
  'Gao',
  'Timbuktu',
  'Kidal',
  'Mopti',
  'Sao Paulo',
  'Rio de Janeiro',
  'Johannesburg',
  'Cape Town',
  'Durban',
  'Geneva',
  'Strasbourg',
  'The Hague',
  'Dubai',
  'Jeddah',
  'Aleppo',
  'Mosul',
  'Basra',
  'Benghazi',
  'Gaza',
  'West Bank',
  'Crimea',
  'Donbas',
  'Kharkiv',
  'Odesa',
  'Odessa',
  'St Petersburg',
  'Saint Petersburg',
  'Marseille',
  'Lyon',
  'Milan',
  'Barcelona',
  'Munich',
  'Frankfurt',
  'Hamburg',
  'Manchester',
  'Birmingham',
  'Toronto',
  'Montreal',
  'Vancouver',
  'Sydney',
  'Melbourne',
  'Osaka',
  'Busan',
  'Kandahar',
  'Herat',
];

/** Adjectives of regions ("the West African country"): never actors. */
const REGION_ADJECTIVES = [
  'African',
  'West African',
  'East African',
  'North African',
  'European',
  'Asian',
  'Arab',
  'Western',
  'Eastern',
  'Middle Eastern',
  'Latin American',
  'Sahelian',
  'Pacific',
  'Caribbean',
];

/**
 * The countries a region's adjective, or its name said as one, takes in ("the _West African_
 * nation", "the _Sahel_ nation" are one of them), after
 * the UN's geographic regions, the Arab League and common usage for the Middle East, the Sahel,
 * Latin America and the Pacific. "Western" and "Eastern" are too loose to say.
 */
const REGION_COUNTRY_LINES = `
West African/West Africa|Benin,Burkina Faso,Cape Verde,Gambia,Ghana,Guinea,Guinea-Bissau,Ivory Coast,Liberia,Mali,Mauritania,Niger,Nigeria,Senegal,Sierra Leone,Togo
East African/East Africa|Burundi,Comoros,Djibouti,Eritrea,Ethiopia,Kenya,Madagascar,Malawi,Mauritius,Mozambique,Rwanda,Seychelles,Somalia,South Sudan,Tanzania,Uganda,Zambia,Zimbabwe
North African/North Africa|Algeria,Egypt,Libya,Morocco,Sudan,Tunisia
Central African/Central Africa|Angola,Cameroon,Central African Republic,Chad,Democratic Republic of the Congo,Republic of the Congo,Equatorial Guinea,Gabon,Sao Tome and Principe
Southern African/Southern Africa|Botswana,Eswatini,Lesotho,Namibia,South Africa
Sahelian/Sahel|Burkina Faso,Chad,Eritrea,Gambia,Mali,Mauritania,Niger,Nigeria,Senegal,Sudan
Arab|Algeria,Bahrain,Comoros,Djibouti,Egypt,Iraq,Jordan,Kuwait,Lebanon,Libya,Mauritania,Morocco,Oman,Palestine,Qatar,Saudi Arabia,Somalia,Sudan,Syria,Tunisia,United Arab Emirates,Yemen
Middle Eastern/Middle East|Bahrain,Cyprus,Egypt,Iran,Iraq,Israel,Jordan,Kuwait,Lebanon,Oman,Palestine,Qatar,Saudi Arabia,Syria,Turkey,United Arab Emirates,Yemen
European/Europe|Albania,Andorra,Austria,Belarus,Belgium,Bosnia and Herzegovina,Bulgaria,Croatia,Cyprus,Czech Republic,Denmark,Estonia,Finland,France,Germany,Greece,Hungary,Iceland,Ireland,Italy,Kosovo,Latvia,Liechtenstein,Lithuania,Luxembourg,Malta,Moldova,Monaco,Montenegro,Netherlands,North Macedonia,Norway,Poland,Portugal,Romania,Russia,San Marino,Serbia,Slovakia,Slovenia,Spain,Sweden,Switzerland,Ukraine,United Kingdom,Vatican City
Asian/Asia|Afghanistan,Armenia,Azerbaijan,Bahrain,Bangladesh,Bhutan,Brunei,Cambodia,China,Cyprus,East Timor,Georgia,India,Indonesia,Iran,Iraq,Israel,Japan,Jordan,Kazakhstan,Kuwait,Kyrgyzstan,Laos,Lebanon,Malaysia,Maldives,Mongolia,Myanmar,Nepal,North Korea,Oman,Pakistan,Palestine,Philippines,Qatar,Saudi Arabia,Singapore,South Korea,Sri Lanka,Syria,Taiwan,Tajikistan,Thailand,Turkey,Turkmenistan,United Arab Emirates,Uzbekistan,Vietnam,Yemen
Latin American/Latin America|Argentina,Bolivia,Brazil,Chile,Colombia,Costa Rica,Cuba,Dominican Republic,Ecuador,El Salvador,Guatemala,Haiti,Honduras,Mexico,Nicaragua,Panama,Paraguay,Peru,Uruguay,Venezuela
Caribbean|Antigua and Barbuda,Bahamas,Barbados,Cuba,Dominica,Dominican Republic,Grenada,Haiti,Jamaica,Saint Kitts and Nevis,Saint Lucia,Saint Vincent and the Grenadines,Trinidad and Tobago
Pacific|Australia,Fiji,Kiribati,Marshall Islands,Micronesia,Nauru,New Zealand,Palau,Papua New Guinea,Samoa,Solomon Islands,Tonga,Tuvalu,Vanuatu
`;

/** "Nigerien" → "Niger"; keys lower-cased. */
const countryByWord = new Map<string, Country>();
const demonymOf = new Map<string, Country>();
const placeWords = new Set<string>();
for (const country of COUNTRIES) {
  for (const name of [country.name, ...country.aliases]) countryByWord.set(name.toLowerCase(), country);
  for (const demonym of country.demonyms) demonymOf.set(demonym.toLowerCase(), country);
  if (country.capital !== '') placeWords.add(country.capital.toLowerCase());
}
for (const region of [...REGIONS, ...OTHER_PLACES]) placeWords.add(region.toLowerCase());
const regionAdjectives = new Set(REGION_ADJECTIVES.map((word) => word.toLowerCase()));
/** "west african" → its countries; the African ones under "african" too. */
const countriesOfRegion = new Map<string, Country[]>();
for (const line of REGION_COUNTRY_LINES.trim().split('\n')) {
  const [words = '', names = ''] = line.split('|');
  const [adjective = '', ...regionNames] = words.split('/');
  const members = names.split(',').map((name) => {
    const country = countryByWord.get(name.toLowerCase());
    if (!country) throw new Error(`places: unknown country "${name}" in "${line}"`);
    return country;
  });
  for (const word of [adjective, ...regionNames]) countriesOfRegion.set(word.toLowerCase(), members);
  if (adjective.endsWith(' African'))
    countriesOfRegion.set('african', [...(countriesOfRegion.get('african') ?? []), ...members]);
}

/** The country a name denotes ("US", "the United States", "Niger"), or undefined. Case matters for "US". */
export function countryNamed(name: string): Country | undefined {
  const bare = name.replace(/^the\s+/i, '');
  const country = countryByWord.get(bare.toLowerCase());
  // "us" is a pronoun: an all-capitals alias only counts when written in capitals.
  if (
    country &&
    /^[A-Z.]+$/.test(country.aliases.find((alias) => alias.toLowerCase() === bare.toLowerCase()) ?? '')
  ) {
    return /^[A-Z.]+$/.test(bare) ? country : undefined;
  }
  return country;
}

/** The country of a demonym ("Nigerien" → Niger), or undefined. */
export function countryOfDemonym(word: string): Country | undefined {
  return demonymOf.get(word.toLowerCase());
}

/** A capital, continent or region: a place, never an actor. */
export function isPlace(name: string): boolean {
  return placeWords.has(name.replace(/^the\s+/i, '').toLowerCase());
}

/** "African", "West African": describes a region, never an actor. */
export function isRegionAdjective(name: string): boolean {
  return regionAdjectives.has(name.toLowerCase());
}

/**
 * The countries a region's adjective or name said before a noun takes in ("West African", "West
 * Africa" → Benin, …, Togo), none if unknown.
 */
export function countriesOfRegionAdjective(adjective: string): readonly Country[] {
  return countriesOfRegion.get(adjective.toLowerCase().replace(/\s+/g, ' ')) ?? [];
}
