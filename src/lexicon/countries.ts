/** Countries, continents and world regions, as written in English news. Place actors. */
export const COUNTRIES: readonly string[] = [
  'Afghanistan', 'Albania', 'Algeria', 'Andorra', 'Angola', 'Argentina', 'Armenia', 'Australia', 'Austria',
  'Azerbaijan', 'Bahamas', 'Bahrain', 'Bangladesh', 'Barbados', 'Belarus', 'Belgium', 'Belize', 'Benin', 'Bhutan',
  'Bolivia', 'Bosnia', 'Bosnia and Herzegovina', 'Botswana', 'Brazil', 'Brunei', 'Bulgaria', 'Burkina Faso',
  'Burma', 'Burundi', 'Cambodia', 'Cameroon', 'Canada', 'Cape Verde', 'Central African Republic', 'Chad', 'Chile',
  'China', 'Colombia', 'Comoros', 'Congo', 'Costa Rica', 'Croatia', 'Cuba', 'Cyprus', 'Czech Republic', 'Czechia',
  'Denmark', 'Djibouti', 'Dominica', 'Dominican Republic', 'East Timor', 'Ecuador', 'Egypt', 'El Salvador',
  'England', 'Equatorial Guinea', 'Eritrea', 'Estonia', 'Eswatini', 'Ethiopia', 'Fiji', 'Finland', 'France',
  'Gabon', 'Gambia', 'Georgia', 'Germany', 'Ghana', 'Greece', 'Grenada', 'Guatemala', 'Guinea', 'Guinea-Bissau',
  'Guyana', 'Haiti', 'Honduras', 'Hungary', 'Iceland', 'India', 'Indonesia', 'Iran', 'Iraq', 'Ireland', 'Israel',
  'Italy', 'Ivory Coast', 'Jamaica', 'Japan', 'Jordan', 'Kazakhstan', 'Kenya', 'Kiribati', 'Kosovo', 'Kuwait',
  'Kyrgyzstan', 'Laos', 'Latvia', 'Lebanon', 'Lesotho', 'Liberia', 'Libya', 'Liechtenstein', 'Lithuania',
  'Luxembourg', 'Macedonia', 'North Macedonia', 'Madagascar', 'Malawi', 'Malaysia', 'Maldives', 'Mali', 'Malta',
  'Mauritania', 'Mauritius', 'Mexico', 'Micronesia', 'Moldova', 'Monaco', 'Mongolia', 'Montenegro', 'Morocco',
  'Mozambique', 'Myanmar', 'Namibia', 'Nauru', 'Nepal', 'Netherlands', 'New Zealand', 'Nicaragua', 'Niger',
  'Nigeria', 'North Korea', 'Northern Ireland', 'Norway', 'Oman', 'Pakistan', 'Palau', 'Palestine', 'Panama',
  'Papua New Guinea', 'Paraguay', 'Peru', 'Philippines', 'Poland', 'Portugal', 'Qatar', 'Romania', 'Russia',
  'Rwanda', 'Samoa', 'San Marino', 'Saudi Arabia', 'Scotland', 'Senegal', 'Serbia', 'Seychelles', 'Sierra Leone',
  'Singapore', 'Slovakia', 'Slovenia', 'Solomon Islands', 'Somalia', 'South Africa', 'South Korea', 'South Sudan',
  'Spain', 'Sri Lanka', 'Sudan', 'Suriname', 'Swaziland', 'Sweden', 'Switzerland', 'Syria', 'Taiwan',
  'Tajikistan', 'Tanzania', 'Thailand', 'Tibet', 'Togo', 'Tonga', 'Trinidad and Tobago', 'Tunisia', 'Turkey',
  'Turkmenistan', 'Tuvalu', 'Uganda', 'Ukraine', 'United Arab Emirates', 'United Kingdom', 'United States',
  'United States of America', 'Uruguay', 'Uzbekistan', 'Vanuatu', 'Vatican City', 'Venezuela', 'Vietnam',
  'Wales', 'Western Sahara', 'Yemen', 'Zambia', 'Zimbabwe', 'Gaza', 'Gaza Strip', 'West Bank', 'Crimea',
  'Donbas', 'Donbass', 'Chechnya', 'Kurdistan', 'Catalonia', 'Greenland', 'Hong Kong', 'Macau', 'Puerto Rico',
  'Britain', 'Great Britain', 'America', 'Holland', 'Soviet Union', 'USSR', 'Persia', 'Ceylon',
  // continents and world regions
  'Africa', 'Antarctica', 'Asia', 'Europe', 'North America', 'South America', 'Latin America', 'Central America',
  'Oceania', 'Middle East', 'Near East', 'Far East', 'Balkans', 'Baltics', 'Caucasus', 'Scandinavia',
  'Central Asia', 'South Asia', 'Southeast Asia', 'East Asia', 'Eastern Europe', 'Western Europe',
  'Central Europe', 'Sub-Saharan Africa', 'North Africa', 'West Africa', 'East Africa', 'Horn of Africa',
  'Arctic', 'Sahel', 'Caribbean', 'Pacific', 'Atlantic', 'Mediterranean', 'Gulf',
];

/** Abbreviations that name a country; compared without dots ("U.S." → "US"). */
export const COUNTRY_ABBREVIATIONS: Readonly<Record<string, string>> = {
  US: 'United States', USA: 'United States', UK: 'United Kingdom', UAE: 'United Arab Emirates',
  DRC: 'Congo', PRC: 'China', ROK: 'South Korea', DPRK: 'North Korea',
};

/** Other names of one country that news uses interchangeably: each group is one place actor. */
export const COUNTRY_ALIASES: readonly (readonly string[])[] = [
  ['United States', 'United States of America', 'America', 'US', 'USA'],
  ['United Kingdom', 'Britain', 'Great Britain', 'UK'],
  ['Myanmar', 'Burma'],
  ['Netherlands', 'Holland'],
  ['Czech Republic', 'Czechia'],
  ['Ivory Coast', "Côte d'Ivoire"],
  ['Eswatini', 'Swaziland'],
  ['North Macedonia', 'Macedonia'],
  ['Soviet Union', 'USSR'],
];

/** Words that end the name of a place ("Camden County", "Gaza Strip"). Lower case. */
export const PLACE_SUFFIXES: readonly string[] = [
  'county', 'province', 'region', 'district', 'oblast', 'island', 'islands', 'valley', 'strip', 'bay',
  'city', 'town', 'village', 'square', 'peninsula', 'mountains', 'river', 'sea', 'ocean', 'coast', 'heights',
];

/** Endings typical of place names ("Phillipsburg", "Hoboken" aside): a guess for a word nothing else explains. */
export const PLACE_NAME_ENDINGS: readonly string[] = [
  'burg', 'burgh', 'ville', 'town', 'ford', 'field', 'port', 'mouth', 'shire', 'polis', 'grad', 'stan', 'abad',
  'pur', 'pura', 'chester', 'caster', 'cester', 'borough', 'bury', 'wick', 'dorf', 'hausen', 'heim', 'sk', 'ovo',
];

/**
 * Short names chat uses for one country ("korea" for South Korea): read so in claims only, never to merge actors
 * (an article about the North may say "Korea" for the peninsula).
 */
export const INFORMAL_COUNTRY_NAMES: Readonly<Record<string, string>> = { Korea: 'South Korea' };
