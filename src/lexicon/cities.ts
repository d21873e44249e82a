/**
 * Capitals and major cities. News uses capitals for their governments ("Moscow makes use of Minsk"),
 * so they are place actors.
 */
export const CITIES: readonly string[] = [
  // capitals
  'Kabul', 'Tirana', 'Algiers', 'Luanda', 'Buenos Aires', 'Yerevan', 'Canberra', 'Vienna', 'Baku', 'Nassau',
  'Manama', 'Dhaka', 'Minsk', 'Brussels', 'Porto-Novo', 'Thimphu', 'La Paz', 'Sarajevo', 'Gaborone', 'Brasilia',
  'Brasília', 'Sofia', 'Ouagadougou', 'Gitega', 'Phnom Penh', 'Yaounde', 'Ottawa', 'Bangui', "N'Djamena",
  'Santiago', 'Beijing', 'Bogota', 'Bogotá', 'Kinshasa', 'Brazzaville', 'San Jose', 'Zagreb', 'Havana',
  'Nicosia', 'Prague', 'Copenhagen', 'Quito', 'Cairo', 'San Salvador', 'Asmara', 'Tallinn', 'Addis Ababa',
  'Suva', 'Helsinki', 'Paris', 'Libreville', 'Banjul', 'Tbilisi', 'Berlin', 'Accra', 'Athens', 'Guatemala City',
  'Conakry', 'Georgetown', 'Port-au-Prince', 'Tegucigalpa', 'Budapest', 'Reykjavik', 'New Delhi', 'Delhi',
  'Jakarta', 'Tehran', 'Baghdad', 'Dublin', 'Jerusalem', 'Rome', 'Kingston', 'Tokyo', 'Amman', 'Astana',
  'Nur-Sultan', 'Nairobi', 'Pristina', 'Kuwait City', 'Bishkek', 'Vientiane', 'Riga', 'Beirut', 'Maseru',
  'Monrovia', 'Tripoli', 'Vilnius', 'Skopje', 'Antananarivo', 'Lilongwe', 'Kuala Lumpur', 'Bamako', 'Valletta',
  'Nouakchott', 'Mexico City', 'Chisinau', 'Ulaanbaatar', 'Podgorica', 'Rabat', 'Maputo', 'Naypyidaw',
  'Windhoek', 'Kathmandu', 'Amsterdam', 'The Hague', 'Wellington', 'Managua', 'Niamey', 'Abuja', 'Pyongyang',
  'Oslo', 'Muscat', 'Islamabad', 'Ramallah', 'Panama City', 'Asuncion', 'Lima', 'Manila', 'Warsaw', 'Lisbon',
  'Doha', 'Bucharest', 'Moscow', 'Kigali', 'Riyadh', 'Dakar', 'Belgrade', 'Freetown', 'Bratislava', 'Ljubljana',
  'Mogadishu', 'Pretoria', 'Seoul', 'Juba', 'Madrid', 'Colombo', 'Khartoum', 'Paramaribo', 'Stockholm', 'Bern',
  'Damascus', 'Taipei', 'Dushanbe', 'Dodoma', 'Bangkok', 'Lome', 'Tunis', 'Ankara', 'Ashgabat', 'Kampala',
  'Kyiv', 'Kiev', 'Abu Dhabi', 'London', 'Washington', 'Montevideo', 'Tashkent', 'Caracas', 'Hanoi', 'Sanaa',
  "Sana'a", 'Lusaka', 'Harare', 'Edinburgh', 'Cardiff', 'Belfast', 'Vatican',
  // other major cities
  'New York', 'New York City', 'Los Angeles', 'Chicago', 'Houston', 'Phoenix', 'Philadelphia', 'San Antonio',
  'San Diego', 'Dallas', 'San Francisco', 'Seattle', 'Boston', 'Atlanta', 'Miami', 'Detroit', 'Baltimore',
  'Denver', 'Las Vegas', 'New Orleans', 'Cleveland', 'Pittsburgh', 'Minneapolis', 'St. Louis', 'Tulsa',
  'Milwaukee', 'Charlotte', 'Orlando', 'Tampa', 'Portland', 'Sacramento', 'Austin', 'Nashville', 'Memphis',
  'Toronto', 'Montreal', 'Vancouver', 'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Auckland', 'Manchester',
  'Birmingham', 'Liverpool', 'Glasgow', 'Leeds', 'Bristol', 'Oxford', 'Cambridge', 'Hamburg', 'Munich',
  'Frankfurt', 'Cologne', 'Milan', 'Naples', 'Turin', 'Venice', 'Florence', 'Barcelona', 'Valencia', 'Seville',
  'Marseille', 'Lyon', 'Geneva', 'Zurich', 'Strasbourg', 'Rotterdam', 'Antwerp', 'Krakow', 'Gdansk', 'Lviv',
  'Kharkiv', 'Odesa', 'Odessa', 'Mariupol', 'Kherson', 'Zaporizhzhia', 'Dnipro', 'Donetsk', 'Luhansk',
  'Bakhmut', 'Sevastopol', 'St Petersburg', 'St. Petersburg', 'Saint Petersburg', 'Novosibirsk', 'Grozny',
  'Istanbul', 'Aleppo', 'Homs', 'Idlib', 'Mosul', 'Basra', 'Fallujah', 'Benghazi', 'Alexandria', 'Tel Aviv',
  'Haifa', 'Gaza City', 'Dubai', 'Jeddah', 'Mecca', 'Medina', 'Karachi', 'Lahore', 'Peshawar', 'Kandahar',
  'Mumbai', 'Bombay', 'Kolkata', 'Calcutta', 'Chennai', 'Bangalore', 'Bengaluru', 'Hyderabad', 'Shanghai',
  'Guangzhou', 'Shenzhen', 'Wuhan', 'Chongqing', 'Tianjin', 'Osaka', 'Kyoto', 'Busan', 'Ho Chi Minh City',
  'Saigon', 'Singapore City', 'Lagos', 'Kano', 'Johannesburg', 'Cape Town', 'Durban', 'Casablanca',
  'Sao Paulo', 'São Paulo', 'Rio de Janeiro', 'Guadalajara', 'Monterrey', 'Tijuana', 'Medellin', 'Davos',
];

/** US states, Canadian provinces and other first-level regions news writes without a country. */
export const REGIONS: readonly string[] = [
  'Alabama', 'Alaska', 'Arizona', 'Arkansas', 'California', 'Colorado', 'Connecticut', 'Delaware', 'Florida',
  'Hawaii', 'Idaho', 'Illinois', 'Indiana', 'Iowa', 'Kansas', 'Kentucky', 'Louisiana', 'Maine', 'Maryland',
  'Massachusetts', 'Michigan', 'Minnesota', 'Mississippi', 'Missouri', 'Montana', 'Nebraska', 'Nevada',
  'New Hampshire', 'New Jersey', 'New Mexico', 'North Carolina', 'North Dakota', 'Ohio', 'Oklahoma', 'Oregon',
  'Pennsylvania', 'Rhode Island', 'South Carolina', 'South Dakota', 'Tennessee', 'Texas', 'Utah', 'Vermont',
  'Virginia', 'West Virginia', 'Wisconsin', 'Wyoming', 'District of Columbia', 'Washington D.C.',
  'Ontario', 'Quebec', 'British Columbia', 'Alberta', 'Manitoba', 'Saskatchewan', 'Nova Scotia',
  'Bavaria', 'Siberia', 'Chechnya', 'Dagestan', 'Kashmir', 'Punjab', 'Xinjiang', 'Tibet', 'Kerala',
  'Queensland', 'New South Wales', 'Victoria', 'Tasmania', 'Darfur', 'Kurdistan', 'Flanders', 'Wallonia',
];

/**
 * Abbreviations of US states as datelines write them ("FLINT, Mich."), capitalised; those that are also common
 * words ("Mass.", "Miss.", "Wash.", "Ill.") are left out. Keys lower case, without the dot.
 */
export const REGION_ABBREVIATIONS: Readonly<Record<string, string>> = {
  ala: 'Alabama', ariz: 'Arizona', calif: 'California', colo: 'Colorado', conn: 'Connecticut', fla: 'Florida',
  kan: 'Kansas', mich: 'Michigan', minn: 'Minnesota', mont: 'Montana', neb: 'Nebraska', nev: 'Nevada',
  okla: 'Oklahoma', tenn: 'Tennessee', tex: 'Texas', wis: 'Wisconsin', wyo: 'Wyoming',
};
