/**
 * Demonyms and nationality adjectives (singular; plurals are derived by the matcher). They describe
 * actors ("Belarusian President") but are never actors themselves. Lower case.
 */
export const DEMONYMS: readonly string[] = [
  'afghan', 'albanian', 'algerian', 'american', 'andorran', 'angolan', 'argentine', 'argentinian', 'armenian',
  'australian', 'austrian', 'azerbaijani', 'azeri', 'bahamian', 'bahraini', 'bangladeshi', 'barbadian',
  'belarusian', 'belarussian', 'byelorussian', 'belgian', 'belizean', 'beninese', 'bhutanese', 'bolivian',
  'bosnian', 'botswanan', 'brazilian', 'british', 'bruneian', 'bulgarian', 'burkinabe', 'burmese', 'burundian',
  'cambodian', 'cameroonian', 'canadian', 'chadian', 'chilean', 'chinese', 'colombian', 'congolese',
  'costa rican', 'croatian', 'croat', 'cuban', 'cypriot', 'czech', 'danish', 'dane', 'djiboutian', 'dominican',
  'dutch', 'ecuadorian', 'egyptian', 'emirati', 'english', 'eritrean', 'estonian', 'ethiopian', 'european',
  'fijian', 'filipino', 'finnish', 'finn', 'french', 'gabonese', 'gambian', 'georgian', 'german', 'ghanaian',
  'greek', 'grenadian', 'guatemalan', 'guinean', 'guyanese', 'haitian', 'honduran', 'hungarian', 'icelandic',
  'indian', 'indonesian', 'iranian', 'iraqi', 'irish', 'israeli', 'italian', 'ivorian', 'jamaican', 'japanese',
  'jordanian', 'kazakh', 'kazakhstani', 'kenyan', 'korean', 'kosovan', 'kosovar', 'kuwaiti', 'kyrgyz', 'lao',
  'laotian', 'latvian', 'lebanese', 'liberian', 'libyan', 'lithuanian', 'luxembourgish', 'macedonian',
  'malagasy', 'malawian', 'malaysian', 'maldivian', 'malian', 'maltese', 'mauritanian', 'mauritian', 'mexican',
  'moldovan', 'monegasque', 'mongolian', 'montenegrin', 'moroccan', 'mozambican', 'namibian', 'nepalese',
  'nepali', 'new zealander', 'nicaraguan', 'nigerien', 'nigerian', 'norwegian', 'omani', 'pakistani',
  'palestinian', 'panamanian', 'paraguayan', 'peruvian', 'polish', 'pole', 'portuguese', 'qatari', 'romanian',
  'russian', 'rwandan', 'salvadoran', 'samoan', 'saudi', 'scottish', 'scot', 'senegalese', 'serbian', 'serb',
  'sierra leonean', 'singaporean', 'slovak', 'slovakian', 'slovenian', 'slovene', 'somali', 'south african',
  'spanish', 'spaniard', 'sri lankan', 'sudanese', 'surinamese', 'swazi', 'swedish', 'swede', 'swiss', 'syrian',
  'taiwanese', 'tajik', 'tanzanian', 'thai', 'tibetan', 'togolese', 'tongan', 'tunisian', 'turkish', 'turk',
  'turkmen', 'ugandan', 'ukrainian', 'uruguayan', 'uzbek', 'venezuelan', 'vietnamese', 'welsh', 'yemeni',
  'zambian', 'zimbabwean',
  // regions, peoples and religions used the same way
  'african', 'asian', 'arab', 'arabian', 'latin', 'latino', 'latina', 'hispanic', 'caucasian', 'slavic',
  'western', 'eastern', 'northern', 'southern', 'soviet', 'nordic', 'baltic', 'balkan', 'scandinavian',
  'kurdish', 'kurd', 'chechen', 'crimean', 'catalan', 'basque', 'flemish', 'walloon', 'bavarian', 'texan',
  'californian', 'muslim', 'christian', 'jewish', 'jew', 'catholic', 'protestant', 'orthodox', 'sunni',
  'shia', 'shiite', 'hindu', 'sikh', 'buddhist', 'evangelical', 'islamic', 'islamist', 'mormon', 'yazidi',
  'rohingya', 'uighur', 'uyghur', 'pashtun', 'tamil', 'hutu', 'tutsi', 'maori', 'aboriginal', 'indigenous',
  'londoner', 'muscovite', 'parisian', 'new yorker', 'briton', 'brit', 'yankee', 'kiwi', 'aussie',
];

/** Party and faction adjectives used like demonyms ("Tory MP", "Republican lawmakers"). Lower case. */
export const PARTY_ADJECTIVES: readonly string[] = [
  'republican', 'democrat', 'democratic', 'conservative', 'tory', 'liberal', 'lib dem', 'libdem',
  'socialist', 'communist', 'green', 'nationalist', 'unionist', 'loyalist', 'progressive',
  'libertarian', 'centrist', 'gaullist', 'bolshevik', 'marxist', 'maoist', 'zionist', 'separatist', 'federalist',
  'populist', 'fascist', 'nazi', 'neo-nazi', 'jihadist', 'royalist', 'monarchist',
];

/** Demonyms whose country does not share their first letters ("Polish" → Poland): the rest are matched by prefix. */
export const DEMONYM_PLACES: Readonly<Record<string, string>> = {
  polish: 'Poland', pole: 'Poland', french: 'France', british: 'United Kingdom', english: 'England', dutch: 'Netherlands',
  danish: 'Denmark', dane: 'Denmark', swedish: 'Sweden', swede: 'Sweden', finnish: 'Finland', finn: 'Finland',
  spanish: 'Spain', spaniard: 'Spain', swiss: 'Switzerland', turkish: 'Turkey', turk: 'Turkey', greek: 'Greece',
  irish: 'Ireland', scottish: 'Scotland', scot: 'Scotland', welsh: 'Wales', american: 'United States',
  filipino: 'Philippines', icelandic: 'Iceland', luxembourgish: 'Luxembourg', malagasy: 'Madagascar', thai: 'Thailand',
  nigerien: 'Niger', lao: 'Laos', burmese: 'Myanmar', emirati: 'United Arab Emirates', saudi: 'Saudi Arabia', azeri: 'Azerbaijan',
  byelorussian: 'Belarus', belarussian: 'Belarus', croat: 'Croatia', serb: 'Serbia', slovene: 'Slovenia',
  kosovar: 'Kosovo', monegasque: 'Monaco', ivorian: 'Ivory Coast', cypriot: 'Cyprus', soviet: 'Soviet Union',
  european: 'Europe', african: 'Africa', asian: 'Asia',
};
