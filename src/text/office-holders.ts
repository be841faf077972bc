// Who held the offices diplomatic reports name without their state: heads of state and
// government, foreign ministers, a few other top officials (vice-presidents, national security
// advisers, defence ministers of the great powers), the principal spokespeople of the Kremlin,
// the White House, the State Department, the Russian and Chinese foreign ministries and the UN,
// and the heads of the UN, NATO, the EU, the AU and a few other bodies. A reader knows that
// "President Biden" acts for the United States and "Sergei Lavrov" for Russia; a report often
// never says so.
//
// Written from general knowledge of terms of office (public record), years or months as
// "YYYY" or "YYYY-MM", both ends inclusive; `to` undefined: in office when the list was last
// extended (2025). A person who served two sides (Donald Tusk: Poland, then the European
// Council, then Poland) has one entry per side and term, so a report is matched against the term
// its date falls in; outside every term the list says nothing (a former president heading a bank
// acts for the bank, not the state). Leaders of states whose talks are between camps of one state
// (Sudan, Libya, Yemen, Venezuela, Colombia, Ethiopia …) are left out: the side there is a
// government or a movement, not the state.
//
// Names are the common English spellings with their usual variants; matching ignores case,
// accents, dots and hyphens.

/** One term in an office: who, for which state or organisation, and when. */
export interface OfficeHolder {
  names: readonly string[];
  side: string;
  office: string;
  from: string;
  to?: string;
}

const h = (
  names: string | readonly string[],
  side: string,
  office: string,
  from: string,
  to?: string,
): OfficeHolder => ({
  names: typeof names === "string" ? [names] : names,
  side,
  office,
  from,
  ...(to === undefined ? {} : { to }),
});

const US = "United States";
const UK = "United Kingdom";
const EU = "European Union";
const UN = "United Nations";

export const OFFICE_HOLDERS: readonly OfficeHolder[] = [
  // United States
  h(["Bill Clinton", "William Clinton"], US, "President", "1993", "2001-01"),
  h(["George W. Bush", "George Bush"], US, "President", "2001-01", "2009-01"),
  h(["Barack Obama", "Barack Hussein Obama"], US, "President", "2009-01", "2017-01"),
  h(["Donald Trump", "Donald J. Trump"], US, "President", "2017-01", "2021-01"),
  h(["Donald Trump", "Donald J. Trump"], US, "President", "2025-01"),
  h(["Joe Biden", "Joseph Biden", "Joseph R. Biden"], US, "Vice President", "2009-01", "2017-01"),
  h(["Joe Biden", "Joseph Biden", "Joseph R. Biden"], US, "President", "2021-01", "2025-01"),
  h("Dick Cheney", US, "Vice President", "2001-01", "2009-01"),
  h("Mike Pence", US, "Vice President", "2017-01", "2021-01"),
  h("Kamala Harris", US, "Vice President", "2021-01", "2025-01"),
  h(["JD Vance", "J.D. Vance"], US, "Vice President", "2025-01"),
  h("Colin Powell", US, "Secretary of State", "2001-01", "2005-01"),
  h("Condoleezza Rice", US, "National Security Adviser, Secretary of State", "2001-01", "2009-01"),
  h("Hillary Clinton", US, "Secretary of State", "2009-01", "2013-02"),
  h("John Kerry", US, "Secretary of State", "2013-02", "2017-01"),
  h("John Kerry", US, "Special Presidential Envoy for Climate", "2021-01", "2024-03"),
  h("Rex Tillerson", US, "Secretary of State", "2017-02", "2018-03"),
  h(["Mike Pompeo", "Michael Pompeo"], US, "Secretary of State", "2018-04", "2021-01"),
  h(["Antony Blinken", "Tony Blinken"], US, "Secretary of State", "2021-01", "2025-01"),
  h("Marco Rubio", US, "Secretary of State", "2025-01"),
  h("Susan Rice", US, "National Security Adviser", "2013-07", "2017-01"),
  h(["H.R. McMaster", "H. R. McMaster"], US, "National Security Adviser", "2017-02", "2018-04"),
  h("John Bolton", US, "National Security Adviser", "2018-04", "2019-09"),
  h("Robert O'Brien", US, "National Security Adviser", "2019-09", "2021-01"),
  h("Jake Sullivan", US, "National Security Adviser", "2021-01", "2025-01"),
  h("Lloyd Austin", US, "Secretary of Defense", "2021-01", "2025-01"),
  h(["Jim Mattis", "James Mattis"], US, "Secretary of Defense", "2017-01", "2019-01"),
  h("Janet Yellen", US, "Secretary of the Treasury", "2021-01", "2025-01"),
  h(["Steven Mnuchin", "Steve Mnuchin"], US, "Secretary of the Treasury", "2017-02", "2021-01"),
  h("Linda Thomas-Greenfield", US, "Ambassador to the UN", "2021-02", "2025-01"),
  h("Nikki Haley", US, "Ambassador to the UN", "2017-01", "2018-12"),
  h("Sean Spicer", US, "White House Press Secretary", "2017-01", "2017-07"),
  h(
    ["Sarah Sanders", "Sarah Huckabee Sanders"],
    US,
    "White House Press Secretary",
    "2017-07",
    "2019-06",
  ),
  h("Kayleigh McEnany", US, "White House Press Secretary", "2020-04", "2021-01"),
  h("Jen Psaki", US, "White House Press Secretary", "2021-01", "2022-05"),
  h("Karine Jean-Pierre", US, "White House Press Secretary", "2022-05", "2025-01"),
  h("Karoline Leavitt", US, "White House Press Secretary", "2025-01"),
  h("Ned Price", US, "State Department spokesman", "2021-01", "2023-03"),
  h("Matthew Miller", US, "State Department spokesman", "2023-05", "2025-01"),
  // Russia
  ...(
    [
      ["Prime Minister", "1999-08", "2000-05"],
      ["President", "2000-05", "2008-05"],
      ["Prime Minister", "2008-05", "2012-05"],
      ["President", "2012-05", undefined],
    ] as const
  ).map(([office, from, to]) =>
    h(["Vladimir Putin", "Vladimir Vladimirovich Putin"], "Russia", office, from, to),
  ),
  h(["Dmitry Medvedev", "Dmitri Medvedev"], "Russia", "President", "2008-05", "2012-05"),
  h(["Dmitry Medvedev", "Dmitri Medvedev"], "Russia", "Prime Minister", "2012-05", "2020-01"),
  h(
    ["Dmitry Medvedev", "Dmitri Medvedev"],
    "Russia",
    "Deputy Chairman of the Security Council",
    "2020-01",
  ),
  h(["Sergei Lavrov", "Sergey Lavrov"], "Russia", "Foreign Minister", "2004-03"),
  h(["Dmitry Peskov", "Dmitri Peskov"], "Russia", "Kremlin spokesman", "2008-05"),
  h(["Yuri Ushakov", "Yury Ushakov"], "Russia", "presidential aide", "2012-05"),
  h(["Maria Zakharova", "Mariya Zakharova"], "Russia", "Foreign Ministry spokeswoman", "2015-08"),
  h("Mikhail Mishustin", "Russia", "Prime Minister", "2020-01"),
  h(
    ["Sergei Shoigu", "Sergey Shoigu"],
    "Russia",
    "Defence Minister, Security Council Secretary",
    "2012-11",
  ),
  h(["Sergei Ryabkov", "Sergey Ryabkov"], "Russia", "Deputy Foreign Minister", "2008-08"),
  h(["Vasily Nebenzya", "Vassily Nebenzia"], "Russia", "Ambassador to the UN", "2017-07"),
  h(["Nikolai Patrushev", "Nikolay Patrushev"], "Russia", "Security Council Secretary", "2008-05"),
  // Ukraine
  h(
    ["Volodymyr Zelensky", "Volodymyr Zelenskyy", "Volodymyr Zelenskiy"],
    "Ukraine",
    "President",
    "2019-05",
  ),
  h("Petro Poroshenko", "Ukraine", "President", "2014-06", "2019-05"),
  h("Dmytro Kuleba", "Ukraine", "Foreign Minister", "2020-03", "2024-09"),
  h(["Andrii Sybiha", "Andriy Sybiha"], "Ukraine", "Foreign Minister", "2024-09"),
  h(
    ["Andriy Yermak", "Andrii Yermak"],
    "Ukraine",
    "Head of the Presidential Office",
    "2020-02",
    "2025-11",
  ),
  h(["Denys Shmyhal", "Denis Shmygal"], "Ukraine", "Prime Minister", "2020-03"),
  h("Rustem Umerov", "Ukraine", "Defence Minister", "2023-09", "2025-07"),
  h("Rustem Umerov", "Ukraine", "NSDC Secretary", "2025-07"),
  // China
  h("Xi Jinping", "China", "Vice-President", "2008-03", "2013-03"),
  h("Xi Jinping", "China", "President", "2013-03"),
  h("Hu Jintao", "China", "President", "2003-03", "2013-03"),
  h("Wen Jiabao", "China", "Premier", "2003-03", "2013-03"),
  h("Li Keqiang", "China", "Premier", "2013-03", "2023-03"),
  h("Li Qiang", "China", "Premier", "2023-03"),
  h("Wang Yi", "China", "Foreign Minister", "2013-03"),
  h("Qin Gang", "China", "Foreign Minister", "2021-07", "2023-07"),
  h("Yang Jiechi", "China", "Foreign Minister, State Councillor", "2007-04", "2022-10"),
  h("Hua Chunying", "China", "Foreign Ministry spokeswoman", "2012-09"),
  h("Wang Wenbin", "China", "Foreign Ministry spokesman", "2020-07", "2024-06"),
  h("Zhao Lijian", "China", "Foreign Ministry spokesman", "2020-02", "2023-01"),
  h("Mao Ning", "China", "Foreign Ministry spokeswoman", "2022-09"),
  h("Lin Jian", "China", "Foreign Ministry spokesman", "2023-11"),
  // United Kingdom
  h("Tony Blair", UK, "Prime Minister", "1997-05", "2007-06"),
  h("Gordon Brown", UK, "Prime Minister", "2007-06", "2010-05"),
  h("David Cameron", UK, "Prime Minister", "2010-05", "2016-07"),
  h("David Cameron", UK, "Foreign Secretary", "2023-11", "2024-07"),
  h("Theresa May", UK, "Prime Minister", "2016-07", "2019-07"),
  h("Boris Johnson", UK, "Foreign Secretary, Prime Minister", "2016-07", "2022-09"),
  h("Liz Truss", UK, "Foreign Secretary, Prime Minister", "2021-09", "2022-10"),
  h("Rishi Sunak", UK, "Chancellor, Prime Minister", "2020-02", "2024-07"),
  h("Keir Starmer", UK, "Prime Minister", "2024-07"),
  h("Jack Straw", UK, "Foreign Secretary", "2001-06", "2006-05"),
  h("David Miliband", UK, "Foreign Secretary", "2007-06", "2010-05"),
  h("William Hague", UK, "Foreign Secretary", "2010-05", "2014-07"),
  h("Philip Hammond", UK, "Foreign Secretary", "2014-07", "2016-07"),
  h("Jeremy Hunt", UK, "Foreign Secretary, Chancellor", "2018-07", "2024-07"),
  h("Dominic Raab", UK, "Foreign Secretary", "2019-07", "2021-09"),
  h("James Cleverly", UK, "Foreign Secretary, Home Secretary", "2022-09", "2024-07"),
  h("David Lammy", UK, "Foreign Secretary", "2024-07"),
  h("Yvette Cooper", UK, "Foreign Secretary", "2025-09"),
  // France
  h("Jacques Chirac", "France", "President", "1995-05", "2007-05"),
  h("Nicolas Sarkozy", "France", "President", "2007-05", "2012-05"),
  h(["François Hollande", "Francois Hollande"], "France", "President", "2012-05", "2017-05"),
  h("Emmanuel Macron", "France", "President", "2017-05"),
  h("Laurent Fabius", "France", "Foreign Minister", "2012-05", "2016-02"),
  h("Jean-Yves Le Drian", "France", "Defence Minister", "2012-05", "2017-05"),
  h("Jean-Yves Le Drian", "France", "Foreign Minister", "2017-05", "2022-05"),
  h("Catherine Colonna", "France", "Foreign Minister", "2022-05", "2024-01"),
  h("Jean-Noël Barrot", "France", "Foreign Minister", "2024-09"),
  // Germany
  h(["Gerhard Schröder", "Gerhard Schroeder"], "Germany", "Chancellor", "1998-10", "2005-11"),
  h("Angela Merkel", "Germany", "Chancellor", "2005-11", "2021-12"),
  h("Olaf Scholz", "Germany", "Finance Minister", "2018-03", "2021-12"),
  h("Olaf Scholz", "Germany", "Chancellor", "2021-12", "2025-05"),
  h("Friedrich Merz", "Germany", "Chancellor", "2025-05"),
  h("Frank-Walter Steinmeier", "Germany", "Foreign Minister", "2005-11", "2009-10"),
  h("Frank-Walter Steinmeier", "Germany", "Foreign Minister", "2013-12", "2017-01"),
  h("Frank-Walter Steinmeier", "Germany", "President", "2017-03"),
  h("Guido Westerwelle", "Germany", "Foreign Minister", "2009-10", "2013-12"),
  h("Heiko Maas", "Germany", "Foreign Minister", "2018-03", "2021-12"),
  h("Annalena Baerbock", "Germany", "Foreign Minister", "2021-12", "2025-05"),
  h("Johann Wadephul", "Germany", "Foreign Minister", "2025-05"),
  // Italy, Spain, Poland, Hungary, the Netherlands, Belgium, Greece, Nordic states, Ireland
  h("Giorgia Meloni", "Italy", "Prime Minister", "2022-10"),
  h("Mario Draghi", "Italy", "Prime Minister", "2021-02", "2022-10"),
  h("Giuseppe Conte", "Italy", "Prime Minister", "2018-06", "2021-02"),
  h("Antonio Tajani", "Italy", "Foreign Minister", "2022-10"),
  h("Luigi Di Maio", "Italy", "Foreign Minister", "2019-09", "2022-10"),
  h(["Pedro Sánchez", "Pedro Sanchez"], "Spain", "Prime Minister", "2018-06"),
  h("José Manuel Albares", "Spain", "Foreign Minister", "2021-07"),
  h("Mariano Rajoy", "Spain", "Prime Minister", "2011-12", "2018-06"),
  h("Andrzej Duda", "Poland", "President", "2015-08", "2025-08"),
  h("Karol Nawrocki", "Poland", "President", "2025-08"),
  h("Donald Tusk", "Poland", "Prime Minister", "2007-11", "2014-09"),
  h("Donald Tusk", EU, "President of the European Council", "2014-12", "2019-11"),
  h("Donald Tusk", "Poland", "Prime Minister", "2023-12"),
  h(["Radosław Sikorski", "Radoslaw Sikorski"], "Poland", "Foreign Minister", "2007-11", "2014-09"),
  h(["Radosław Sikorski", "Radoslaw Sikorski"], "Poland", "Foreign Minister", "2023-12"),
  h("Mateusz Morawiecki", "Poland", "Prime Minister", "2017-12", "2023-12"),
  h(["Viktor Orbán", "Viktor Orban"], "Hungary", "Prime Minister", "2010-05"),
  h(["Péter Szijjártó", "Peter Szijjarto"], "Hungary", "Foreign Minister", "2014-09"),
  h("Mark Rutte", "Netherlands", "Prime Minister", "2010-10", "2024-07"),
  h("Mark Rutte", "NATO", "Secretary General", "2024-10"),
  h("Alexander De Croo", "Belgium", "Prime Minister", "2020-10", "2025-02"),
  h("Charles Michel", "Belgium", "Prime Minister", "2014-10", "2019-10"),
  h("Charles Michel", EU, "President of the European Council", "2019-12", "2024-11"),
  h("Kyriakos Mitsotakis", "Greece", "Prime Minister", "2019-07"),
  h("Alexis Tsipras", "Greece", "Prime Minister", "2015-01", "2019-07"),
  h(["Sauli Niinistö", "Sauli Niinisto"], "Finland", "President", "2012-03", "2024-03"),
  h("Alexander Stubb", "Finland", "President", "2024-03"),
  h("Sanna Marin", "Finland", "Prime Minister", "2019-12", "2023-06"),
  h("Jens Stoltenberg", "Norway", "Prime Minister", "2005-10", "2013-10"),
  h("Jens Stoltenberg", "NATO", "Secretary General", "2014-10", "2024-09"),
  h(["Jonas Gahr Støre", "Jonas Gahr Store"], "Norway", "Prime Minister", "2021-10"),
  h("Mette Frederiksen", "Denmark", "Prime Minister", "2019-06"),
  h("Ulf Kristersson", "Sweden", "Prime Minister", "2022-10"),
  h("Leo Varadkar", "Ireland", "Taoiseach", "2017-06", "2024-04"),
  h(["Micheál Martin", "Micheal Martin"], "Ireland", "Taoiseach, Tánaiste", "2020-06"),
  // Japan, the Koreas, India, Pakistan, Indonesia, Australia, the Philippines, Taiwan
  h("Shinzo Abe", "Japan", "Prime Minister", "2012-12", "2020-09"),
  h("Yoshihide Suga", "Japan", "Prime Minister", "2020-09", "2021-10"),
  h("Fumio Kishida", "Japan", "Foreign Minister", "2012-12", "2017-08"),
  h("Fumio Kishida", "Japan", "Prime Minister", "2021-10", "2024-10"),
  h("Shigeru Ishiba", "Japan", "Prime Minister", "2024-10", "2025-10"),
  h("Sanae Takaichi", "Japan", "Prime Minister", "2025-10"),
  h("Yoko Kamikawa", "Japan", "Foreign Minister", "2023-09", "2024-10"),
  h("Yoshimasa Hayashi", "Japan", "Foreign Minister", "2021-11", "2023-09"),
  h("Taro Kono", "Japan", "Foreign Minister", "2017-08", "2019-09"),
  h("Moon Jae-in", "South Korea", "President", "2017-05", "2022-05"),
  h("Yoon Suk Yeol", "South Korea", "President", "2022-05", "2025-04"),
  h("Lee Jae-myung", "South Korea", "President", "2025-06"),
  h("Park Geun-hye", "South Korea", "President", "2013-02", "2017-03"),
  h("Kang Kyung-wha", "South Korea", "Foreign Minister", "2017-06", "2021-02"),
  h(
    "Chung Eui-yong",
    "South Korea",
    "National Security Adviser, Foreign Minister",
    "2017-05",
    "2022-05",
  ),
  h("Park Jin", "South Korea", "Foreign Minister", "2022-05", "2024-01"),
  h(["Kim Jong Un", "Kim Jong-un"], "North Korea", "Leader", "2011-12"),
  h(["Kim Jong Il", "Kim Jong-il"], "North Korea", "Leader", "1994-07", "2011-12"),
  h(["Kim Yo Jong", "Kim Yo-jong"], "North Korea", "senior official", "2014-01"),
  h(["Ri Yong Ho", "Ri Yong-ho"], "North Korea", "Foreign Minister", "2016-05", "2020-01"),
  h(
    ["Choe Son Hui", "Choe Son-hui"],
    "North Korea",
    "Vice Foreign Minister, Foreign Minister",
    "2016-01",
  ),
  h("Narendra Modi", "India", "Prime Minister", "2014-05"),
  h("Manmohan Singh", "India", "Prime Minister", "2004-05", "2014-05"),
  h(
    ["S. Jaishankar", "S Jaishankar", "Subrahmanyam Jaishankar"],
    "India",
    "Foreign Secretary, External Affairs Minister",
    "2015-01",
  ),
  h("Sushma Swaraj", "India", "External Affairs Minister", "2014-05", "2019-05"),
  h("Ajit Doval", "India", "National Security Adviser", "2014-05"),
  h("Nirmala Sitharaman", "India", "Defence Minister, Finance Minister", "2017-09"),
  h("Imran Khan", "Pakistan", "Prime Minister", "2018-08", "2022-04"),
  h("Shehbaz Sharif", "Pakistan", "Prime Minister", "2022-04"),
  h("Nawaz Sharif", "Pakistan", "Prime Minister", "2013-06", "2017-07"),
  h("Shah Mahmood Qureshi", "Pakistan", "Foreign Minister", "2018-08", "2022-04"),
  h("Bilawal Bhutto Zardari", "Pakistan", "Foreign Minister", "2022-04", "2023-08"),
  h("Ishaq Dar", "Pakistan", "Foreign Minister", "2024-03"),
  h(["Joko Widodo", "Jokowi"], "Indonesia", "President", "2014-10", "2024-10"),
  h("Prabowo Subianto", "Indonesia", "Defence Minister, President", "2019-10"),
  h("Retno Marsudi", "Indonesia", "Foreign Minister", "2014-10", "2024-10"),
  h("Anthony Albanese", "Australia", "Prime Minister", "2022-05"),
  h("Scott Morrison", "Australia", "Prime Minister", "2018-08", "2022-05"),
  h("Penny Wong", "Australia", "Foreign Minister", "2022-05"),
  h("Rodrigo Duterte", "Philippines", "President", "2016-06", "2022-06"),
  h(
    ["Ferdinand Marcos Jr.", "Ferdinand Marcos Jr", "Bongbong Marcos"],
    "Philippines",
    "President",
    "2022-06",
  ),
  h("Tsai Ing-wen", "Taiwan", "President", "2016-05", "2024-05"),
  h("Lai Ching-te", "Taiwan", "Vice-President", "2020-05", "2024-05"),
  h("Lai Ching-te", "Taiwan", "President", "2024-05"),
  // Americas, Africa
  h(
    ["Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula da Silva"],
    "Brazil",
    "President",
    "2003-01",
    "2010-12",
  ),
  h(
    ["Luiz Inácio Lula da Silva", "Luiz Inacio Lula da Silva", "Lula da Silva"],
    "Brazil",
    "President",
    "2023-01",
  ),
  h("Dilma Rousseff", "Brazil", "President", "2011-01", "2016-08"),
  h("Jair Bolsonaro", "Brazil", "President", "2019-01", "2022-12"),
  h("Mauro Vieira", "Brazil", "Foreign Minister", "2023-01"),
  h("Celso Amorim", "Brazil", "Foreign Minister", "2003-01", "2010-12"),
  h("Celso Amorim", "Brazil", "Chief Adviser to the Presidency", "2023-01"),
  h("Fernando Haddad", "Brazil", "Finance Minister", "2023-01"),
  h("Justin Trudeau", "Canada", "Prime Minister", "2015-11", "2025-03"),
  h("Mark Carney", "Canada", "Prime Minister", "2025-03"),
  h(["Mélanie Joly", "Melanie Joly"], "Canada", "Foreign Minister", "2021-10", "2025-05"),
  h("Chrystia Freeland", "Canada", "Foreign Minister, Deputy Prime Minister", "2017-01", "2024-12"),
  h(
    ["Andrés Manuel López Obrador", "Andres Manuel Lopez Obrador"],
    "Mexico",
    "President",
    "2018-12",
    "2024-09",
  ),
  h("Claudia Sheinbaum", "Mexico", "President", "2024-10"),
  h("Javier Milei", "Argentina", "President", "2023-12"),
  h(["Miguel Díaz-Canel", "Miguel Diaz-Canel"], "Cuba", "President", "2018-04"),
  h("Cyril Ramaphosa", "South Africa", "President", "2018-02"),
  h("Naledi Pandor", "South Africa", "Foreign Minister", "2019-05", "2024-06"),
  h("Paul Kagame", "Rwanda", "President", "2000-04"),
  h(
    ["Félix Tshisekedi", "Felix Tshisekedi"],
    "Democratic Republic of Congo",
    "President",
    "2019-01",
  ),
  h("Yoweri Museveni", "Uganda", "President", "1986-01"),
  h("William Ruto", "Kenya", "Deputy President, President", "2013-04"),
  h("Bola Tinubu", "Nigeria", "President", "2023-05"),
  h("Muhammadu Buhari", "Nigeria", "President", "2015-05", "2023-05"),
  h(["Abdel Fattah al-Sisi", "Abdel Fattah el-Sisi"], "Egypt", "President", "2014-06"),
  h("Sameh Shoukry", "Egypt", "Foreign Minister", "2014-06", "2024-07"),
  // Turkey, Iran, Israel, the Gulf, Jordan, the Caucasus and Central Asia, the Balkans
  ...(
    [
      ["Prime Minister", "2003-03", "2014-08"],
      ["President", "2014-08", undefined],
    ] as const
  ).map(([office, from, to]) =>
    h(
      ["Recep Tayyip Erdogan", "Recep Tayyip Erdoğan", "Tayyip Erdogan", "Tayyip Erdoğan"],
      "Turkey",
      office,
      from,
      to,
    ),
  ),
  h(["Mevlut Cavusoglu", "Mevlüt Çavuşoğlu"], "Turkey", "Foreign Minister", "2014-08", "2023-06"),
  h("Hakan Fidan", "Turkey", "Intelligence chief", "2010-05", "2023-06"),
  h("Hakan Fidan", "Turkey", "Foreign Minister", "2023-06"),
  h(["Ibrahim Kalin", "İbrahim Kalın"], "Turkey", "presidential spokesman", "2014-12", "2023-06"),
  h(["Ibrahim Kalin", "İbrahim Kalın"], "Turkey", "Intelligence chief", "2023-06"),
  h(["Ali Khamenei", "Ayatollah Ali Khamenei"], "Iran", "Supreme Leader", "1989-06"),
  h("Hassan Rouhani", "Iran", "President", "2013-08", "2021-08"),
  h(["Ebrahim Raisi", "Ebrahim Raeisi"], "Iran", "President", "2021-08", "2024-05"),
  h("Masoud Pezeshkian", "Iran", "President", "2024-07"),
  h(["Mohammad Javad Zarif", "Javad Zarif"], "Iran", "Foreign Minister", "2013-08", "2021-08"),
  h("Hossein Amir-Abdollahian", "Iran", "Foreign Minister", "2021-08", "2024-05"),
  h("Abbas Araghchi", "Iran", "Deputy Foreign Minister, Foreign Minister", "2013-08"),
  h("Benjamin Netanyahu", "Israel", "Prime Minister", "2009-03", "2021-06"),
  h("Benjamin Netanyahu", "Israel", "Prime Minister", "2022-12"),
  h("Naftali Bennett", "Israel", "Prime Minister", "2021-06", "2022-06"),
  h("Yair Lapid", "Israel", "Foreign Minister, Prime Minister", "2021-06", "2022-12"),
  h("Isaac Herzog", "Israel", "President", "2021-07"),
  h("Israel Katz", "Israel", "Foreign Minister, Defence Minister", "2019-02"),
  h("Eli Cohen", "Israel", "Foreign Minister", "2023-01", "2024-01"),
  h(
    ["Mohammed bin Salman", "Mohammed bin Salman Al Saud"],
    "Saudi Arabia",
    "Crown Prince, Prime Minister",
    "2015-01",
  ),
  h(
    ["Faisal bin Farhan", "Faisal bin Farhan Al Saud"],
    "Saudi Arabia",
    "Foreign Minister",
    "2019-10",
  ),
  h(
    ["Adel al-Jubeir", "Adel Al-Jubeir"],
    "Saudi Arabia",
    "Foreign Minister, Minister of State",
    "2015-04",
  ),
  h(["Tamim bin Hamad Al Thani", "Sheikh Tamim bin Hamad Al Thani"], "Qatar", "Emir", "2013-06"),
  h(
    ["Mohammed bin Abdulrahman Al Thani", "Sheikh Mohammed bin Abdulrahman Al Thani"],
    "Qatar",
    "Foreign Minister, Prime Minister",
    "2016-01",
  ),
  h(
    ["Mohamed bin Zayed Al Nahyan", "Mohammed bin Zayed", "Sheikh Mohamed bin Zayed Al Nahyan"],
    "United Arab Emirates",
    "Crown Prince of Abu Dhabi, President",
    "2004-11",
  ),
  h(
    ["Abdullah bin Zayed Al Nahyan", "Sheikh Abdullah bin Zayed Al Nahyan"],
    "United Arab Emirates",
    "Foreign Minister",
    "2006-02",
  ),
  h(["King Abdullah II", "Abdullah II"], "Jordan", "King", "1999-02"),
  h("Ayman Safadi", "Jordan", "Foreign Minister", "2017-01"),
  h("Nikol Pashinyan", "Armenia", "Prime Minister", "2018-05"),
  h("Ararat Mirzoyan", "Armenia", "Foreign Minister", "2021-08"),
  h("Ilham Aliyev", "Azerbaijan", "President", "2003-10"),
  h("Jeyhun Bayramov", "Azerbaijan", "Foreign Minister", "2020-07"),
  h(["Kassym-Jomart Tokayev", "Kassym-Zhomart Tokayev"], "Kazakhstan", "President", "2019-03"),
  h("Shavkat Mirziyoyev", "Uzbekistan", "President", "2016-09"),
  h(
    ["Alexander Lukashenko", "Alyaksandr Lukashenka", "Aliaksandr Lukashenka"],
    "Belarus",
    "President",
    "1994-07",
  ),
  h(["Aleksandar Vučić", "Aleksandar Vucic"], "Serbia", "Prime Minister", "2014-04", "2017-05"),
  h(["Aleksandar Vučić", "Aleksandar Vucic"], "Serbia", "President", "2017-05"),
  h("Albin Kurti", "Kosovo", "Prime Minister", "2021-03"),
  h("Vjosa Osmani", "Kosovo", "President", "2021-04"),
  // International organisations
  h(["António Guterres", "Antonio Guterres"], UN, "Secretary-General", "2017-01"),
  h("Ban Ki-moon", UN, "Secretary-General", "2007-01", "2016-12"),
  h(
    ["Stéphane Dujarric", "Stephane Dujarric"],
    UN,
    "spokesman for the Secretary-General",
    "2014-02",
  ),
  h("Martin Griffiths", UN, "Special Envoy for Yemen, relief chief", "2018-03", "2024-06"),
  h("Anders Fogh Rasmussen", "NATO", "Secretary General", "2009-08", "2014-09"),
  h("Ursula von der Leyen", EU, "President of the European Commission", "2019-12"),
  h(["Josep Borrell", "Josep Borrell Fontelles"], EU, "High Representative", "2019-12", "2024-11"),
  h("Kaja Kallas", EU, "High Representative", "2024-12"),
  h(["António Costa", "Antonio Costa"], EU, "President of the European Council", "2024-12"),
  h("Federica Mogherini", EU, "High Representative", "2014-11", "2019-11"),
  h("Jean-Claude Juncker", EU, "President of the European Commission", "2014-11", "2019-11"),
  h("Moussa Faki Mahamat", "African Union", "Chairperson of the Commission", "2017-03", "2025-02"),
  h(["Rafael Grossi", "Rafael Mariano Grossi"], "IAEA", "Director General", "2019-12"),
  h(
    ["Tedros Adhanom Ghebreyesus", "Tedros Adhanom"],
    "World Health Organization",
    "Director-General",
    "2017-07",
  ),
  h("Kristalina Georgieva", "International Monetary Fund", "Managing Director", "2019-10"),
];

const comparable = (name: string) =>
  name
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[.\-‐]/g, " ")
    .replace(/^(?:sheikh|ayatollah|king|emir)\s+/, "")
    .split(/\s+/)
    .filter(Boolean);

/** The entries by the last word of each name, for a lookup that does not scan the list. */
const BY_LAST_WORD = new Map<string, OfficeHolder[]>();
for (const holder of OFFICE_HOLDERS)
  for (const name of holder.names) {
    const last = comparable(name).at(-1) ?? "";
    const list = BY_LAST_WORD.get(last) ?? [];
    if (!list.includes(holder)) list.push(holder);
    BY_LAST_WORD.set(last, list);
  }

/** Whether a date ("YYYY-MM-DD") falls in a term whose ends are "YYYY" or "YYYY-MM". */
function inTerm(holder: OfficeHolder, date: string): boolean {
  const month = date.slice(0, 7);
  const from = holder.from.length === 4 ? `${holder.from}-01` : holder.from;
  const to =
    holder.to === undefined ? "9999-12" : holder.to.length === 4 ? `${holder.to}-12` : holder.to;
  return month >= from && month <= to;
}

/**
 * The one office a person held on `date` (see {@link officeHeldOn}), or undefined when the list
 * gives two in that month (a hand-over) or an entry spans several offices ("Foreign Minister,
 * State Councillor": which one on the date is not written down).
 */
export function officeOn(name: string, date: string): OfficeHolder | undefined {
  const fitting = termsOn(name, date);
  const offices = new Set(fitting.map((x) => x.office));
  const one = offices.size === 1 && new Set(fitting.map((x) => x.side)).size === 1;
  return one && !fitting[0]?.office.includes(",") ? fitting[0] : undefined;
}

/**
 * The office a person held on `date`, by a name of at least two words: the whole name as the list
 * writes it, or its words in order ending with the same last word ("Tayyip Erdogan" is "Recep
 * Tayyip Erdogan"). A single word ("Putin") is never enough: surnames are shared. Undefined when
 * no term, or terms for more than one side, fit.
 */
export function officeHeldOn(name: string, date: string): OfficeHolder | undefined {
  const fitting = termsOn(name, date);
  const sides = new Set(fitting.map((x) => x.side));
  return sides.size === 1 ? fitting[0] : undefined;
}

/** Every term a name of at least two words fits on `date`. */
function termsOn(name: string, date: string): OfficeHolder[] {
  const words = comparable(name);
  if (words.length < 2) return [];
  return (BY_LAST_WORD.get(words.at(-1) ?? "") ?? []).filter(
    (holder) =>
      inTerm(holder, date) &&
      holder.names.some((n) => {
        const full = comparable(n);
        let at = 0;
        for (const w of full) if (w === words[at]) at++;
        return at === words.length && full.at(-1) === words.at(-1);
      }),
  );
}

/**
 * The office a person named by one word held on `date`, when the report writes that office as
 * their title ("President Biden", "Chancellor Scholz"): the one term on the date whose holder's
 * name ends in that word and whose office is the title. A surname alone says nothing (shared);
 * with the office it held it does. Undefined when no term or more than one side fits.
 */
export function officeHeldByTitle(
  surname: string,
  title: string,
  date: string,
): OfficeHolder | undefined {
  const words = comparable(surname);
  const office = comparable(title).join(" ");
  if (words.length !== 1 || office === "") return undefined;
  const fitting = (BY_LAST_WORD.get(words[0] ?? "") ?? []).filter(
    (holder) =>
      inTerm(holder, date) &&
      holder.office.split(", ").some((o) => comparable(o).join(" ") === office),
  );
  return new Set(fitting.map((x) => x.side)).size === 1 ? fitting[0] : undefined;
}
