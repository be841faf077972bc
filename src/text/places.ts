// Places and organisations, one table for the whole project: each state's or organisation's name,
// the other names reports use for it (capitals and seats of government such as "Moscow" or
// "Kyiv", metonyms such as "the Kremlin", short forms), its demonyms, and the lower-case words the
// engine folds into the country's own token ("russians" → "russia").
//
// Two readers, each with its own view, so that neither's behaviour depends on the other's:
// - the engine (`country` in demonyms.ts) reads `words` → `token` for question and fact terms;
// - the draft (src/draft/gazetteer.ts) reads `name`, `aliases` and `demonyms` of the places whose
//   `draft` is true, to find the sides of talks and the nationality of people in a report.
import { editDistance } from "./edit-distance.ts";

/** A state, alliance or organisation, with the names reports and questions use for it. */
export interface Place {
  /** The name as reports write it ("Russia", "European Union"). */
  name: string;
  /** Other names: capitals and seats of government, metonyms ("the Kremlin"), short forms. */
  aliases: string[];
  /** Adjectives, as written, that mark a person as belonging to it ("Russian", "South Korean"). */
  demonyms: string[];
  /**
   * The engine's one token for the country: the name in lower case without spaces
   * ("unitedstates"), unless given.
   */
  token: string;
  /**
   * Lower-case single words the engine reads as the country's token: demonyms and their plurals,
   * short forms ("american", "americans", "usa", "america"). Empty: the engine folds nothing into it.
   */
  words: string[];
  /**
   * Whether the draft's gazetteer knows it. False for places only the engine knew when the two
   * tables were merged: adding one to the draft would change which words a draft reads as a side.
   */
  draft: boolean;
}

interface PlaceOptions {
  aliases?: string[];
  demonyms?: string[];
  token?: string;
  words?: string[];
  draft?: boolean;
}

const place = (name: string, o: PlaceOptions = {}): Place => ({
  name,
  aliases: o.aliases ?? [],
  demonyms: o.demonyms ?? [],
  token: o.token ?? name.toLowerCase().replace(/ /g, ""),
  words: o.words ?? [],
  draft: o.draft ?? true,
});

/**
 * Titles only one state uses, whatever place they name: a "Secretary of State" is American unless
 * "for" or "to" follows (a British "Secretary of State for …", a junior minister's "Secretary of
 * State to the Minister of …"), a "Northern Ireland Secretary" or "Brexit
 * Secretary" British, a "Taoiseach" Irish, an "External Affairs Minister" Indian. Some are most often
 * one state's but not only (`shared`: India and Pakistan have a "Foreign Secretary" too), so the
 * drafter takes their state only when the report names that state as well and the role no other.
 */
export const NATIONAL_OFFICES: ReadonlyArray<{ title: RegExp; side: string; shared?: true }> = [
  { title: /\bsecretary of state\b(?!\s+(?:for|to)\b)/i, side: "United States" },
  { title: /\btreasury secretary\b|\bsecretary of the treasury\b/i, side: "United States" },
  { title: /\b(?:northern ireland|brexit) secretary\b/i, side: "United Kingdom" },
  { title: /\b(?:foreign|home) secretary\b/i, side: "United Kingdom", shared: true },
  { title: /\bchancellor of the exchequer\b/i, side: "United Kingdom" },
  { title: /\btaoiseach\b|\bt[aá]naiste\b/i, side: "Ireland" },
  { title: /\bexternal affairs minister\b|\bminister of external affairs\b/i, side: "India" },
];

/** Common states and organisations of diplomatic news; the draft's in the order it scans them. */
export const PLACES: readonly Place[] = [
  place("NATO", {
    aliases: [
      "North Atlantic Treaty Organization",
      "the alliance",
      "the military alliance",
      "the Western alliance",
      "NATO allies",
    ],
  }),
  place("European Union", { aliases: ["EU", "the EU", "the bloc"], demonyms: ["European"] }),
  place("United Nations", { aliases: ["UN", "U.N.", "the UN"] }),
  place("OSCE", {
    aliases: [
      "Organization for Security and Cooperation in Europe",
      "Organization for Security and Co-operation in Europe",
    ],
  }),
  place("African Union", { aliases: ["AU"] }),
  place("ASEAN", { aliases: ["Association of Southeast Asian Nations"] }),
  place("Arab League"),
  place("G7", { aliases: ["Group of Seven"] }),
  place("G20", { aliases: ["Group of 20"] }),
  place("IAEA", { aliases: ["International Atomic Energy Agency"] }),
  place("World Health Organization", { aliases: ["WHO"] }),
  place("International Monetary Fund", { aliases: ["IMF"] }),
  place("World Bank"),
  place("OPEC"),
  place("United States", {
    aliases: [
      "US",
      "U.S.",
      "USA",
      "America",
      "Washington",
      "the White House",
      "White House",
      "State Department",
      "the State Department",
      "Pentagon",
      "the Pentagon",
    ],
    demonyms: ["American", "U.S."],
    words: ["american", "americans", "usa", "america"],
  }),
  place("Russia", {
    aliases: ["Russian Federation", "Moscow", "the Kremlin", "Kremlin"],
    demonyms: ["Russian"],
    words: ["russian", "russians"],
  }),
  place("Ukraine", {
    aliases: ["Kyiv", "Kiev"],
    demonyms: ["Ukrainian"],
    words: ["ukrainian", "ukrainians"],
  }),
  place("Belarus", {
    aliases: ["Minsk"],
    demonyms: ["Belarusian"],
    words: ["belarusian", "belarusians"],
  }),
  place("Germany", { aliases: ["Berlin"], demonyms: ["German"], words: ["german", "germans"] }),
  place("France", {
    aliases: [
      "Paris",
      "the Elysee",
      "Elysee",
      "Élysée",
      "Elysee Palace",
      "Élysée Palace",
      "Quai d'Orsay",
    ],
    demonyms: ["French"],
    words: ["french"],
  }),
  place("United Kingdom", {
    aliases: [
      "UK",
      "U.K.",
      "Britain",
      "Great Britain",
      "London",
      "Downing Street",
      "Number 10",
      "Foreign Office",
    ],
    demonyms: ["British"],
    words: ["british", "briton", "britons", "uk", "britain"],
  }),
  place("Italy", { aliases: ["Rome"], demonyms: ["Italian"], words: ["italian", "italians"] }),
  place("Spain", { aliases: ["Madrid"], demonyms: ["Spanish"], words: ["spanish"] }),
  place("Poland", {
    aliases: ["Warsaw"],
    demonyms: ["Polish"],
    words: ["polish", "pole", "poles"],
  }),
  place("Netherlands", { aliases: ["The Hague"], demonyms: ["Dutch"], words: ["dutch"] }),
  place("Belgium", { demonyms: ["Belgian"], words: ["belgian", "belgians"] }),
  place("Austria", {
    aliases: ["Vienna"],
    demonyms: ["Austrian"],
    words: ["austrian", "austrians"],
  }),
  place("Switzerland", { aliases: ["Bern"], demonyms: ["Swiss"], words: ["swiss"] }),
  place("Sweden", { aliases: ["Stockholm"], demonyms: ["Swedish"], words: ["swedish", "swedes"] }),
  place("Finland", { aliases: ["Helsinki"], demonyms: ["Finnish"], words: ["finnish", "finns"] }),
  place("Norway", {
    aliases: ["Oslo"],
    demonyms: ["Norwegian"],
    words: ["norwegian", "norwegians"],
  }),
  place("Denmark", { aliases: ["Copenhagen"], demonyms: ["Danish"], words: ["danish", "danes"] }),
  place("Estonia", { aliases: ["Tallinn"], demonyms: ["Estonian"], words: ["estonian"] }),
  place("Latvia", { aliases: ["Riga"], demonyms: ["Latvian"], words: ["latvian"] }),
  place("Lithuania", { aliases: ["Vilnius"], demonyms: ["Lithuanian"], words: ["lithuanian"] }),
  place("Hungary", {
    aliases: ["Budapest"],
    demonyms: ["Hungarian"],
    words: ["hungarian", "hungarians"],
  }),
  place("Romania", {
    aliases: ["Bucharest"],
    demonyms: ["Romanian"],
    words: ["romanian", "romanians"],
  }),
  place("Moldova", {
    aliases: ["Chisinau"],
    demonyms: ["Moldovan"],
    words: ["moldovan", "moldovans"],
  }),
  place("Georgia", {
    aliases: ["Tbilisi"],
    demonyms: ["Georgian"],
    words: ["georgian", "georgians"],
  }),
  place("Armenia", {
    aliases: ["Yerevan"],
    demonyms: ["Armenian"],
    words: ["armenian", "armenians"],
  }),
  place("Azerbaijan", {
    aliases: ["Baku"],
    demonyms: ["Azerbaijani"],
    words: ["azerbaijani", "azerbaijanis", "azeri"],
  }),
  place("Turkey", {
    aliases: ["Türkiye", "Ankara"],
    demonyms: ["Turkish"],
    words: ["turkish", "turks", "turkiye"],
  }),
  place("Greece", { aliases: ["Athens"], demonyms: ["Greek"], words: ["greek", "greeks"] }),
  place("Serbia", { aliases: ["Belgrade"], demonyms: ["Serbian"], words: ["serbian", "serbs"] }),
  place("Kosovo", { aliases: ["Pristina"], demonyms: ["Kosovar"], words: ["kosovar"] }),
  place("China", {
    aliases: ["Beijing", "Zhongnanhai"],
    demonyms: ["Chinese"],
    words: ["chinese"],
  }),
  place("Japan", { aliases: ["Tokyo", "Kantei"], demonyms: ["Japanese"], words: ["japanese"] }),
  place("South Korea", {
    aliases: ["Seoul", "Blue House", "Cheong Wa Dae"],
    demonyms: ["South Korean"],
  }),
  place("North Korea", { aliases: ["Pyongyang"], demonyms: ["North Korean"] }),
  place("India", { aliases: ["New Delhi"], demonyms: ["Indian"], words: ["indian", "indians"] }),
  place("Pakistan", { aliases: ["Islamabad"], demonyms: ["Pakistani"], words: ["pakistani"] }),
  place("Afghanistan", { aliases: ["Kabul"], demonyms: ["Afghan"], words: ["afghan", "afghans"] }),
  place("Iran", { aliases: ["Tehran"], demonyms: ["Iranian"], words: ["iranian", "iranians"] }),
  place("Iraq", { aliases: ["Baghdad"], demonyms: ["Iraqi"], words: ["iraqi", "iraqis"] }),
  place("Syria", { aliases: ["Damascus"], demonyms: ["Syrian"], words: ["syrian", "syrians"] }),
  place("Israel", {
    aliases: ["Jerusalem"],
    demonyms: ["Israeli"],
    words: ["israeli", "israelis"],
  }),
  place("Palestine", {
    aliases: ["Palestinian Authority", "Ramallah"],
    demonyms: ["Palestinian"],
    words: ["palestinian", "palestinians"],
  }),
  place("Egypt", { aliases: ["Cairo"], demonyms: ["Egyptian"], words: ["egyptian", "egyptians"] }),
  place("Saudi Arabia", { aliases: ["Riyadh"], demonyms: ["Saudi"], words: ["saudi", "saudis"] }),
  place("Qatar", { aliases: ["Doha"], demonyms: ["Qatari"], words: ["qatari"] }),
  place("Canada", {
    aliases: ["Ottawa"],
    demonyms: ["Canadian"],
    words: ["canadian", "canadians"],
  }),
  place("Mexico", {
    aliases: ["Mexico City"],
    demonyms: ["Mexican"],
    words: ["mexican", "mexicans"],
  }),
  place("Brazil", { aliases: ["Brasilia"], demonyms: ["Brazilian"], words: ["brazilian"] }),
  place("South Africa", { aliases: ["Pretoria"], demonyms: ["South African"] }),
  place("Australia", {
    aliases: ["Canberra"],
    demonyms: ["Australian"],
    words: ["australian", "australians"],
  }),
  place("Ireland", { aliases: ["Dublin"], demonyms: ["Irish"], words: ["irish"] }),
  place("Portugal", { aliases: ["Lisbon"], demonyms: ["Portuguese"], words: ["portuguese"] }),
  place("Czechia", {
    aliases: ["Czech Republic", "Prague"],
    demonyms: ["Czech"],
    words: ["czech"],
  }),
  place("Slovakia", { aliases: ["Bratislava"], demonyms: ["Slovak"], words: ["slovak"] }),
  place("Bulgaria", { demonyms: ["Bulgarian"], words: ["bulgarian"] }),
  place("Croatia", { aliases: ["Zagreb"], demonyms: ["Croatian"], words: ["croatian"] }),
  place("Venezuela", { aliases: ["Caracas"], demonyms: ["Venezuelan"], words: ["venezuelan"] }),
  place("Cuba", { aliases: ["Havana"], demonyms: ["Cuban"], words: ["cuban"] }),
  place("Colombia", {
    aliases: ["Bogota", "Bogotá"],
    demonyms: ["Colombian"],
    words: ["colombian"],
  }),
  place("Argentina", {
    aliases: ["Buenos Aires"],
    demonyms: ["Argentine", "Argentinian"],
    words: ["argentine", "argentinian"],
  }),
  place("Lebanon", { aliases: ["Beirut", "Baabda"], demonyms: ["Lebanese"], words: ["lebanese"] }),
  place("Yemen", { aliases: ["Sanaa"], demonyms: ["Yemeni"], words: ["yemeni"] }),
  place("Libya", { aliases: ["Tripoli"], demonyms: ["Libyan"], words: ["libyan"] }),
  place("Tunisia", { aliases: ["Tunis"], demonyms: ["Tunisian"], words: ["tunisian"] }),
  place("Morocco", { aliases: ["Rabat"], demonyms: ["Moroccan"], words: ["moroccan"] }),
  place("Algeria", { aliases: ["Algiers"], demonyms: ["Algerian"], words: ["algerian"] }),
  place("Ethiopia", { aliases: ["Addis Ababa"], demonyms: ["Ethiopian"], words: ["ethiopian"] }),
  place("Sudan", { aliases: ["Khartoum"], demonyms: ["Sudanese"], words: ["sudanese"] }),
  place("Nigeria", { aliases: ["Abuja"], demonyms: ["Nigerian"], words: ["nigerian"] }),
  place("Kenya", { aliases: ["Nairobi"], demonyms: ["Kenyan"], words: ["kenyan"] }),
  place("Vietnam", { aliases: ["Hanoi"], demonyms: ["Vietnamese"], words: ["vietnamese"] }),
  place("Thailand", { aliases: ["Bangkok"], demonyms: ["Thai"], words: ["thai"] }),
  place("Indonesia", { aliases: ["Jakarta"], demonyms: ["Indonesian"], words: ["indonesian"] }),
  place("Philippines", {
    aliases: ["Manila"],
    demonyms: ["Philippine", "Filipino"],
    words: ["filipino"],
  }),
  place("Taiwan", { aliases: ["Taipei"], demonyms: ["Taiwanese"], words: ["taiwanese"] }),
  place("Kazakhstan", { aliases: ["Astana"], demonyms: ["Kazakh"], words: ["kazakh"] }),
  place("Uzbekistan", { aliases: ["Tashkent"], demonyms: ["Uzbek"], words: ["uzbek"] }),
  // Known to the engine only (see `draft` above).
  place("Korea", { words: ["korean", "koreans"], draft: false }),
  place("United Arab Emirates", { token: "uae", words: ["emirati"], draft: false }),
  place("Jordan", { words: ["jordanian"], draft: false }),
  place("Europe", { words: ["european", "europeans"], draft: false }),
];

/**
 * More states, with their capitals and demonyms, that the draft reads as sides ("Barbados's Prime
 * Minister", "the heads of state of Argentina, India and Senegal"). Kept apart from {@link PLACES}
 * so that adding them leaves the engine's reading of questions as it was; "Jordan" and the
 * Emirates are here because a report's "King Abdullah II of Jordan" is a side, where the engine
 * keeps them out of its table for its own reasons.
 */
export const MORE_DRAFT_PLACES: readonly Place[] = [
  place("North Macedonia", {
    aliases: ["Macedonia", "Skopje"],
    demonyms: ["Macedonian", "North Macedonian"],
  }),
  place("Albania", { aliases: ["Tirana"], demonyms: ["Albanian"] }),
  place("Montenegro", { aliases: ["Podgorica"], demonyms: ["Montenegrin"] }),
  place("Bosnia and Herzegovina", { aliases: ["Bosnia", "Sarajevo"], demonyms: ["Bosnian"] }),
  place("Slovenia", { aliases: ["Ljubljana"], demonyms: ["Slovenian", "Slovene"] }),
  // the two communities of Cyprus, each a side of the island's talks, before the island itself
  place("Greek Cypriots", { demonyms: ["Greek Cypriot"] }),
  place("Turkish Cypriots", { demonyms: ["Turkish Cypriot"] }),
  place("Cyprus", { aliases: ["Nicosia"], demonyms: ["Cypriot"] }),
  place("Malta", { aliases: ["Valletta"], demonyms: ["Maltese"] }),
  place("Luxembourg", { demonyms: ["Luxembourgish"] }),
  place("Iceland", { aliases: ["Reykjavik"], demonyms: ["Icelandic"] }),
  place("Jordan", { aliases: ["Amman"], demonyms: ["Jordanian"] }),
  place("United Arab Emirates", { aliases: ["UAE", "Abu Dhabi"], demonyms: ["Emirati"] }),
  place("Oman", { aliases: ["Muscat"], demonyms: ["Omani"] }),
  place("Kuwait", { demonyms: ["Kuwaiti"] }),
  place("Bahrain", { aliases: ["Manama"], demonyms: ["Bahraini"] }),
  place("Kyrgyzstan", { aliases: ["Bishkek"], demonyms: ["Kyrgyz"] }),
  place("Tajikistan", { aliases: ["Dushanbe"], demonyms: ["Tajik"] }),
  place("Turkmenistan", { aliases: ["Ashgabat"], demonyms: ["Turkmen"] }),
  place("Mongolia", { aliases: ["Ulaanbaatar"], demonyms: ["Mongolian"] }),
  place("Bangladesh", { aliases: ["Dhaka"], demonyms: ["Bangladeshi"] }),
  place("Sri Lanka", { aliases: ["Colombo"], demonyms: ["Sri Lankan"] }),
  place("Nepal", { aliases: ["Kathmandu"], demonyms: ["Nepalese", "Nepali"] }),
  place("Myanmar", { aliases: ["Naypyidaw", "Burma"], demonyms: ["Burmese"] }),
  place("Malaysia", { aliases: ["Kuala Lumpur"], demonyms: ["Malaysian"] }),
  place("Singapore", { demonyms: ["Singaporean"] }),
  place("Cambodia", { aliases: ["Phnom Penh"], demonyms: ["Cambodian"] }),
  place("Laos", { aliases: ["Vientiane"], demonyms: ["Laotian"] }),
  place("New Zealand", { aliases: ["Wellington"], demonyms: ["New Zealander"] }),
  place("Senegal", { aliases: ["Dakar"], demonyms: ["Senegalese"] }),
  place("Ghana", { aliases: ["Accra"], demonyms: ["Ghanaian"] }),
  place("Rwanda", { aliases: ["Kigali"], demonyms: ["Rwandan"] }),
  place("Uganda", { aliases: ["Kampala"], demonyms: ["Ugandan"] }),
  place("Tanzania", { aliases: ["Dodoma"], demonyms: ["Tanzanian"] }),
  place("Somalia", { aliases: ["Mogadishu"], demonyms: ["Somali"] }),
  place("Eritrea", { aliases: ["Asmara"], demonyms: ["Eritrean"] }),
  place("South Sudan", { aliases: ["Juba"], demonyms: ["South Sudanese"] }),
  place("Mali", { aliases: ["Bamako"], demonyms: ["Malian"] }),
  place("Niger", { aliases: ["Niamey"], demonyms: ["Nigerien"] }),
  place("Chad", { aliases: ["N'Djamena"], demonyms: ["Chadian"] }),
  place("Cameroon", { aliases: ["Yaounde", "Yaoundé"], demonyms: ["Cameroonian"] }),
  place("Angola", { aliases: ["Luanda"], demonyms: ["Angolan"] }),
  place("Mozambique", { aliases: ["Maputo"], demonyms: ["Mozambican"] }),
  place("Zimbabwe", { aliases: ["Harare"], demonyms: ["Zimbabwean"] }),
  place("Zambia", { aliases: ["Lusaka"], demonyms: ["Zambian"] }),
  place("Namibia", { aliases: ["Windhoek"], demonyms: ["Namibian"] }),
  place("Botswana", { aliases: ["Gaborone"], demonyms: ["Botswanan"] }),
  place("Barbados", { aliases: ["Bridgetown"], demonyms: ["Barbadian"] }),
  place("Jamaica", { aliases: ["Kingston"], demonyms: ["Jamaican"] }),
  place("Chile", { aliases: ["Santiago"], demonyms: ["Chilean"] }),
  place("Peru", { aliases: ["Lima"], demonyms: ["Peruvian"] }),
  place("Bolivia", { aliases: ["La Paz"], demonyms: ["Bolivian"] }),
  place("Ecuador", { aliases: ["Quito"], demonyms: ["Ecuadorian"] }),
  place("Uruguay", { aliases: ["Montevideo"], demonyms: ["Uruguayan"] }),
  place("Paraguay", { aliases: ["Asuncion", "Asunción"], demonyms: ["Paraguayan"] }),
  place("Nicaragua", { aliases: ["Managua"], demonyms: ["Nicaraguan"] }),
  place("Panama", { demonyms: ["Panamanian"] }),
  place("Holy See", { aliases: ["Vatican"] }),
  place("Democratic Republic of Congo", {
    aliases: ["DR Congo", "DRC", "Congo", "Kinshasa"],
    demonyms: ["Congolese"],
  }),
  place("Fiji", { aliases: ["Suva"], demonyms: ["Fijian"] }),
  // The other member states of the United Nations, so that "Irfaan Ali of Guyana" or "Haiti's
  // prime minister" is a side like any other. Capitals that are also common words or other
  // places' names (Malé, Victoria, San José, Georgetown) are left out: a capital makes a metonym.
  place("Haiti", { aliases: ["Port-au-Prince"], demonyms: ["Haitian"] }),
  place("Guyana", { demonyms: ["Guyanese"] }),
  place("Suriname", { aliases: ["Paramaribo"], demonyms: ["Surinamese"] }),
  place("Guatemala", { aliases: ["Guatemala City"], demonyms: ["Guatemalan"] }),
  place("Honduras", { aliases: ["Tegucigalpa"], demonyms: ["Honduran"] }),
  place("El Salvador", { aliases: ["San Salvador"], demonyms: ["Salvadoran", "Salvadorean"] }),
  place("Costa Rica", { demonyms: ["Costa Rican"] }),
  place("Dominican Republic", { aliases: ["Santo Domingo"], demonyms: ["Dominican"] }),
  place("Dominica"),
  place("Belize", { aliases: ["Belmopan"], demonyms: ["Belizean"] }),
  place("Bahamas", { aliases: ["the Bahamas", "Nassau"], demonyms: ["Bahamian"] }),
  place("Trinidad and Tobago", { aliases: ["Port of Spain"], demonyms: ["Trinidadian"] }),
  place("Antigua and Barbuda", { demonyms: ["Antiguan"] }),
  place("Grenada", { demonyms: ["Grenadian"] }),
  place("Benin", { aliases: ["Porto-Novo"], demonyms: ["Beninese"] }),
  place("Burkina Faso", { aliases: ["Ouagadougou"], demonyms: ["Burkinabe", "Burkinabè"] }),
  place("Burundi", { aliases: ["Gitega", "Bujumbura"], demonyms: ["Burundian"] }),
  place("Cabo Verde", { aliases: ["Cape Verde", "Praia"], demonyms: ["Cape Verdean"] }),
  place("Central African Republic", { aliases: ["Bangui"] }),
  place("Comoros", { demonyms: ["Comorian"] }),
  place("Djibouti", { demonyms: ["Djiboutian"] }),
  place("Equatorial Guinea", { aliases: ["Malabo"], demonyms: ["Equatorial Guinean"] }),
  place("Eswatini", { aliases: ["Swaziland", "Mbabane"], demonyms: ["Swazi"] }),
  place("Gabon", { aliases: ["Libreville"], demonyms: ["Gabonese"] }),
  place("Gambia", { aliases: ["the Gambia", "Banjul"], demonyms: ["Gambian"] }),
  place("Guinea-Bissau", { aliases: ["Bissau"], demonyms: ["Bissau-Guinean"] }),
  place("Papua New Guinea", { aliases: ["Port Moresby"], demonyms: ["Papua New Guinean"] }),
  place("Guinea", { aliases: ["Conakry"], demonyms: ["Guinean"] }),
  place("Ivory Coast", {
    aliases: ["Côte d'Ivoire", "Cote d'Ivoire", "Yamoussoukro", "Abidjan"],
    demonyms: ["Ivorian"],
  }),
  place("Lesotho", { aliases: ["Maseru"] }),
  place("Liberia", { aliases: ["Monrovia"], demonyms: ["Liberian"] }),
  place("Madagascar", { aliases: ["Antananarivo"], demonyms: ["Malagasy"] }),
  place("Malawi", { aliases: ["Lilongwe"], demonyms: ["Malawian"] }),
  place("Mauritania", { aliases: ["Nouakchott"], demonyms: ["Mauritanian"] }),
  place("Mauritius", { aliases: ["Port Louis"], demonyms: ["Mauritian"] }),
  place("Seychelles", { aliases: ["the Seychelles"], demonyms: ["Seychellois"] }),
  place("Sierra Leone", { aliases: ["Freetown"], demonyms: ["Sierra Leonean"] }),
  place("Togo", { aliases: ["Lomé", "Lome"], demonyms: ["Togolese"] }),
  place("Bhutan", { aliases: ["Thimphu"], demonyms: ["Bhutanese"] }),
  place("Brunei", { aliases: ["Bandar Seri Begawan"], demonyms: ["Bruneian"] }),
  place("Maldives", { aliases: ["the Maldives"], demonyms: ["Maldivian"] }),
  place("Timor-Leste", { aliases: ["East Timor", "Dili"], demonyms: ["Timorese"] }),
  place("Samoa", { aliases: ["Apia"], demonyms: ["Samoan"] }),
  place("Tonga", { demonyms: ["Tongan"] }),
  place("Solomon Islands", { aliases: ["Honiara"] }),
  place("Vanuatu", { aliases: ["Port Vila"] }),
  place("Kiribati"),
  place("Tuvalu"),
  place("Andorra", { demonyms: ["Andorran"] }),
  place("Liechtenstein", { aliases: ["Vaduz"] }),
  place("Monaco", { demonyms: ["Monegasque"] }),
  place("San Marino"),
  // a state of the past, a side of the Cold War's summits
  // regional blocs that mediate ("the three IGAD special envoys: …")
  place("IGAD", { aliases: ["Intergovernmental Authority on Development"] }),
  place("ECOWAS", { aliases: ["Economic Community of West African States"] }),
  place("SADC", { aliases: ["Southern African Development Community"] }),
  place("East African Community", { aliases: ["EAC"] }),
  place("Gulf Cooperation Council", { aliases: ["GCC"] }),
  place("Soviet Union", { aliases: ["USSR", "the Soviet Union"], demonyms: ["Soviet"] }),
  // sides of talks that are not states: movements, armed groups and parties at a peace table
  place("Houthis", {
    aliases: ["Ansar Allah", "Huthis", "the Houthis", "Houthi rebels", "Huthi rebels"],
    demonyms: ["Houthi", "Huthi"],
  }),
  place("FARC", { aliases: ["Revolutionary Armed Forces of Colombia"] }),
  place("Palestine Liberation Organization", { aliases: ["PLO"] }),
  place("Hamas"),
  place("Hezbollah"),
  place("Taliban", { aliases: ["the Taliban"] }),
  place("M23"),
  place("Tigray People's Liberation Front", { aliases: ["TPLF"] }),
  place("Rapid Support Forces", { aliases: ["RSF"] }),
  place("Sinn Féin", { aliases: ["Sinn Fein"] }),
  place("SDLP", { aliases: ["Social Democratic and Labour Party"] }),
  place("Ulster Unionist Party", { aliases: ["UUP", "Ulster Unionists"] }),
  place("Democratic Unionist Party", { aliases: ["DUP"] }),
];

/** One capital, seat or building of government: its words in lower case, as written, its state. */
export type Seat = readonly [words: string, written: string, state: Place];

/**
 * The capitals, seats of government and other proper names of `places`' states ("Islamabad",
 * "New Delhi", "Kremlin", "White House"). Short forms in capitals ("US") and lower-case metonyms
 * ("the bloc") are left out.
 */
export function seatsOf(places: readonly Place[]): Seat[] {
  return places.flatMap((p) =>
    p.aliases
      .map((a) => a.replace(/^the\s+/i, ""))
      .filter((a) => /^\p{Lu}\p{Ll}/u.test(a) && !p.words.includes(a.toLowerCase()))
      .map((a): Seat => [a.toLowerCase(), a, p]),
  );
}

/** Seats by their lower-case words → the state: "what is Islamabad's position" asks for Pakistan's. */
const SEAT_STATES: ReadonlyMap<string, Place> = new Map(
  seatsOf([...PLACES, ...MORE_DRAFT_PLACES]).map(([words, , state]) => [words, state]),
);

/** The engine's tokens of every state and organisation of the tables ("sudan", "uganda"). */
const STATE_TOKENS: ReadonlySet<string> = new Set(
  [...PLACES, ...MORE_DRAFT_PLACES].map((p) => p.token),
);

/** Whether an engine token is a state's or organisation's own ("uganda", "unitedstates"). */
export function isStateToken(token: string): boolean {
  return STATE_TOKENS.has(token);
}

/** The state whose capital or seat of government `words` (lower case) name, if any. */
export function stateOfSeat(words: string): Place | undefined {
  return SEAT_STATES.get(words);
}

/** A name of several words in lower case, split as a question's tokens are ("co-operation": two). */
function wordsOfName(name: string): string {
  return name
    .toLowerCase()
    .replace(/^the\s+/, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 0)
    .join(" ");
}

/**
 * Spelled-out names of organisations and states (three words or more) → the one-word forms the
 * table gives for the same place ("intergovernmental authority on development" → "igad").
 */
const SHORT_FORMS_OF_NAMES: ReadonlyMap<string, readonly string[]> = (() => {
  const out = new Map<string, string[]>();
  for (const p of [...PLACES, ...MORE_DRAFT_PLACES]) {
    const names = [p.name, ...p.aliases];
    const short = names
      .map((n) => n.replace(/^the\s+/i, ""))
      .filter((n) => /^[\p{L}\p{N}]+$/u.test(n))
      .map((n) => n.toLowerCase());
    if (short.length === 0) continue;
    for (const n of names) {
      const words = wordsOfName(n);
      if (words.split(" ").length >= 3) out.set(words, short);
    }
  }
  return out;
})();

/**
 * The one-word forms the places table gives for the spelled-out name `words` are (lower-case
 * tokens: "intergovernmental authority on development" → ["igad"]); empty when they name none.
 */
export function shortFormsOfName(words: readonly string[]): readonly string[] {
  return SHORT_FORMS_OF_NAMES.get(words.join(" ")) ?? [];
}

/** Letters a one-word seat must have to be found with a typo ("khartum"): shorter ones are near other words. */
const MIN_MISSPELT_SEAT = 6;

/**
 * The capital or seat `word` (lower case, one word) misspells by one edit ("khartum": Khartoum),
 * when exactly one seat of the same first letter is that near; undefined otherwise.
 */
export function seatMisspelt(word: string): string | undefined {
  if (word.length < MIN_MISSPELT_SEAT || SEAT_STATES.has(word)) return undefined;
  let found: string | undefined;
  for (const seat of SEAT_STATES.keys()) {
    if (seat[0] !== word[0] || seat.includes(" ") || Math.abs(seat.length - word.length) > 1)
      continue;
    if (editDistance(seat, word, 1) > 1) continue;
    if (found !== undefined) return undefined;
    found = seat;
  }
  return found;
}

/**
 * The proper names a location is written with ("Nairobi, Kenya" → Nairobi, Kenya; "Hofdi House,
 * Reykjavik" → Hofdi House, Reykjavik): "the nairobi talks" names the place by one part of it.
 * A part in lower case ("north of Oslo") or in brackets is a description, not a name.
 */
export function locationParts(location: string): string[] {
  const parts = location
    .replace(/\([^)]*\)/g, " ")
    .split(",")
    .map((p) => p.trim());
  return parts.length > 1 ? parts.filter((p) => /^\p{Lu}/u.test(p)) : [];
}
