package org.sitrep.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The fixed cast of the synthetic news that {@link SyntheticArticles} writes and {@code
 * bench-store} queries: 60 countries ranked by how much news they make, about 200 CAMEO actor codes
 * built from them, CAMEO event codes with their share of coverage, 30 outlets and the topic words
 * of sentences. Every list is drawn from with Zipf-like weights, so a few actors and words are
 * common and most are rare, as in real event data.
 *
 * <pre>{@code SyntheticWorld.ACTORS.pick(random).code()  // "USAGOV" more often than "ARMJUD"}
 * </pre>
 */
final class SyntheticWorld {
  /** The days events fall on: three years. */
  static final LocalDate FIRST_DAY = LocalDate.of(2022, 1, 1);

  static final LocalDate LAST_DAY = LocalDate.of(2024, 12, 31);

  record Country(
      String code, String name, String adjective, String capital, double lat, double lon) {}

  record Actor(String code, Country country, String text) {}

  /** A CAMEO event code, how a sentence says it with a target and without, and its weight. */
  record Verb(String code, String withTarget, String alone, double weight, String unit) {}

  record Outlet(String name, String domain) {}

  static final List<Country> COUNTRIES =
      List.of(
          new Country("USA", "the United States", "American", "Washington", 38.90, -77.04),
          new Country("RUS", "Russia", "Russian", "Moscow", 55.75, 37.62),
          new Country("UKR", "Ukraine", "Ukrainian", "Kyiv", 50.45, 30.52),
          new Country("CHN", "China", "Chinese", "Beijing", 39.90, 116.40),
          new Country("ISR", "Israel", "Israeli", "Jerusalem", 31.77, 35.21),
          new Country("PSE", "Palestine", "Palestinian", "Gaza", 31.50, 34.47),
          new Country("IRN", "Iran", "Iranian", "Tehran", 35.69, 51.39),
          new Country("GBR", "Britain", "British", "London", 51.51, -0.13),
          new Country("FRA", "France", "French", "Paris", 48.85, 2.35),
          new Country("DEU", "Germany", "German", "Berlin", 52.52, 13.40),
          new Country("TUR", "Turkey", "Turkish", "Ankara", 39.93, 32.86),
          new Country("IND", "India", "Indian", "New Delhi", 28.61, 77.21),
          new Country("PAK", "Pakistan", "Pakistani", "Islamabad", 33.69, 73.06),
          new Country("SYR", "Syria", "Syrian", "Damascus", 33.51, 36.29),
          new Country("LBN", "Lebanon", "Lebanese", "Beirut", 33.89, 35.50),
          new Country("YEM", "Yemen", "Yemeni", "Sanaa", 15.35, 44.21),
          new Country("SAU", "Saudi Arabia", "Saudi", "Riyadh", 24.69, 46.72),
          new Country("EGY", "Egypt", "Egyptian", "Cairo", 30.04, 31.24),
          new Country("IRQ", "Iraq", "Iraqi", "Baghdad", 33.34, 44.40),
          new Country("AFG", "Afghanistan", "Afghan", "Kabul", 34.53, 69.17),
          new Country("PRK", "North Korea", "North Korean", "Pyongyang", 39.03, 125.75),
          new Country("KOR", "South Korea", "South Korean", "Seoul", 37.57, 126.98),
          new Country("JPN", "Japan", "Japanese", "Tokyo", 35.69, 139.69),
          new Country("TWN", "Taiwan", "Taiwanese", "Taipei", 25.03, 121.57),
          new Country("POL", "Poland", "Polish", "Warsaw", 52.23, 21.01),
          new Country("BLR", "Belarus", "Belarusian", "Minsk", 53.90, 27.57),
          new Country("SDN", "Sudan", "Sudanese", "Khartoum", 15.55, 32.53),
          new Country("ETH", "Ethiopia", "Ethiopian", "Addis Ababa", 9.02, 38.75),
          new Country("SOM", "Somalia", "Somali", "Mogadishu", 2.04, 45.34),
          new Country("NGA", "Nigeria", "Nigerian", "Abuja", 9.06, 7.49),
          new Country("MLI", "Mali", "Malian", "Bamako", 12.65, -8.00),
          new Country("COD", "Congo", "Congolese", "Kinshasa", -4.32, 15.31),
          new Country("KEN", "Kenya", "Kenyan", "Nairobi", -1.29, 36.82),
          new Country("ZAF", "South Africa", "South African", "Pretoria", -25.75, 28.19),
          new Country("LBY", "Libya", "Libyan", "Tripoli", 32.89, 13.19),
          new Country("QAT", "Qatar", "Qatari", "Doha", 25.29, 51.53),
          new Country("ARE", "the United Arab Emirates", "Emirati", "Abu Dhabi", 24.45, 54.38),
          new Country("JOR", "Jordan", "Jordanian", "Amman", 31.95, 35.93),
          new Country("VEN", "Venezuela", "Venezuelan", "Caracas", 10.49, -66.88),
          new Country("BRA", "Brazil", "Brazilian", "Brasilia", -15.79, -47.88),
          new Country("MEX", "Mexico", "Mexican", "Mexico City", 19.43, -99.13),
          new Country("COL", "Colombia", "Colombian", "Bogota", 4.71, -74.07),
          new Country("ARG", "Argentina", "Argentine", "Buenos Aires", -34.60, -58.38),
          new Country("CAN", "Canada", "Canadian", "Ottawa", 45.42, -75.70),
          new Country("ITA", "Italy", "Italian", "Rome", 41.89, 12.48),
          new Country("ESP", "Spain", "Spanish", "Madrid", 40.42, -3.70),
          new Country("NLD", "the Netherlands", "Dutch", "Amsterdam", 52.37, 4.90),
          new Country("SWE", "Sweden", "Swedish", "Stockholm", 59.33, 18.07),
          new Country("FIN", "Finland", "Finnish", "Helsinki", 60.17, 24.94),
          new Country("HUN", "Hungary", "Hungarian", "Budapest", 47.50, 19.04),
          new Country("ROU", "Romania", "Romanian", "Bucharest", 44.43, 26.10),
          new Country("GEO", "Georgia", "Georgian", "Tbilisi", 41.72, 44.78),
          new Country("ARM", "Armenia", "Armenian", "Yerevan", 40.18, 44.51),
          new Country("AZE", "Azerbaijan", "Azerbaijani", "Baku", 40.41, 49.87),
          new Country("KAZ", "Kazakhstan", "Kazakh", "Astana", 51.17, 71.45),
          new Country("MMR", "Myanmar", "Myanmar", "Naypyidaw", 19.76, 96.08),
          new Country("PHL", "the Philippines", "Philippine", "Manila", 14.60, 120.98),
          new Country("VNM", "Vietnam", "Vietnamese", "Hanoi", 21.03, 105.85),
          new Country("IDN", "Indonesia", "Indonesian", "Jakarta", -6.21, 106.85),
          new Country("AUS", "Australia", "Australian", "Canberra", -35.28, 149.13));

  /** Role suffixes of actor codes, how a sentence names the actor, and how often news does. */
  private record Role(String suffix, String text, double weight) {}

  private static final List<Role> ROLES =
      List.of(
          new Role("GOV", "the %s government", 1.0),
          new Role("", "%s", 0.8),
          new Role("MIL", "%s forces", 0.7),
          new Role("COP", "%s police", 0.3),
          new Role("LEG", "%s lawmakers", 0.25),
          new Role("OPP", "the %s opposition", 0.2),
          new Role("CVL", "%s civilians", 0.2),
          new Role("REB", "%s rebels", 0.15),
          new Role("BUS", "%s companies", 0.15),
          new Role("MED", "%s state media", 0.1),
          new Role("JUD", "a %s court", 0.1));

  /** The 197 most covered country-role actors and three international organisations. */
  static final Weighted<Actor> ACTORS = actors();

  /**
   * CAMEO codes, weighted roughly as GDELT's shares of the roots (statements and consults lead).
   */
  static final Weighted<Verb> VERBS =
      Weighted.of(
          List.of(
              new Verb("010", "made a statement on", "issued a statement", 8, ""),
              new Verb("013", "spoke optimistically about", "voiced optimism", 2, ""),
              new Verb("020", "appealed to", "issued an appeal", 3, ""),
              new Verb("036", "offered talks to", "said it was ready for talks", 4, ""),
              new Verb("040", "held consultations with", "held consultations", 6, ""),
              new Verb("042", "visited", "", 4, ""),
              new Verb("043", "hosted a delegation from", "", 4, ""),
              new Verb("046", "negotiated with", "", 5, ""),
              new Verb("051", "praised", "", 3, ""),
              new Verb("057", "signed an agreement with", "", 2, ""),
              new Verb("061", "agreed economic cooperation with", "", 2, ""),
              new Verb("064", "shared intelligence with", "", 1, ""),
              new Verb("071", "pledged financial aid to", "", 2, "USD"),
              new Verb("072", "delivered weapons to", "", 3, "missiles"),
              new Verb("084", "released prisoners held by", "released prisoners", 1, "prisoners"),
              new Verb("111", "criticized", "", 6, ""),
              new Verb("112", "accused", "", 5, ""),
              new Verb("120", "rejected demands from", "", 2, ""),
              new Verb("130", "threatened", "", 3, ""),
              new Verb("138", "threatened military action against", "", 2, ""),
              new Verb("141", "protested against", "held protests", 2, ""),
              new Verb("163", "imposed sanctions on", "", 3, ""),
              new Verb("173", "detained members of", "made arrests", 2, "people"),
              new Verb("180", "carried out an attack on", "", 2, ""),
              new Verb("190", "fought", "launched an offensive", 4, ""),
              new Verb("193", "clashed with", "", 2, ""),
              new Verb("194", "shelled positions of", "", 3, "shells"),
              new Verb("195", "launched air strikes on", "", 4, "drones")),
          Verb::weight);

  /** Outlets, most prolific first. */
  static final Weighted<Outlet> OUTLETS = Weighted.zipf(outlets(), 0.8);

  /** Words that sentences are about; the first are in a fifth of all sentences, the last rare. */
  static final Weighted<String> TOPICS =
      Weighted.zipf(
          List.of(
              "ceasefire",
              "talks",
              "border",
              "sanctions",
              "drones",
              "security",
              "election",
              "refugees",
              "energy",
              "grain",
              "missiles",
              "prisoners",
              "nuclear",
              "pipeline",
              "humanitarian",
              "corridor",
              "summit",
              "troops",
              "tariffs",
              "elections",
              "blockade",
              "hostages",
              "airspace",
              "frontline",
              "artillery",
              "loans",
              "oil",
              "gas",
              "port",
              "shipping",
              "railway",
              "exports",
              "inflation",
              "protesters",
              "journalists",
              "embassy",
              "diplomats",
              "treaty",
              "referendum",
              "militia",
              "insurgents",
              "convoy",
              "checkpoint",
              "airport",
              "bridge",
              "reactor",
              "uranium",
              "satellite",
              "cyberattack",
              "hackers",
              "espionage",
              "smuggling",
              "migrants",
              "drought",
              "famine",
              "earthquake",
              "floods",
              "vaccines",
              "outbreak",
              "hospital",
              "school",
              "villages",
              "offensive",
              "counteroffensive",
              "mobilization",
              "conscripts",
              "mercenaries",
              "warplanes",
              "warships",
              "submarine",
              "helicopter",
              "tanks",
              "ammunition",
              "landmines",
              "evacuation",
              "curfew",
              "airstrike",
              "opposition",
              "coalition",
              "parliament",
              "constitution",
              "corruption",
              "investment",
              "debt",
              "currency",
              "wheat",
              "fertilizer",
              "fisheries",
              "strait",
              "island",
              "peninsula",
              "enclave",
              "occupation",
              "annexation",
              "autonomy",
              "independence",
              "genocide",
              "tribunal",
              "extradition",
              "asylum",
              "visa",
              "deportation",
              "ransom",
              "piracy",
              "kidnapping",
              "assassination",
              "coup",
              "junta",
              "monarchy",
              "cabinet",
              "ministry",
              "envoy",
              "mediation",
              "truce",
              "armistice",
              "reparations",
              "reconstruction",
              "donors",
              "pledges"),
          1.0);

  private SyntheticWorld() {}

  private static Weighted<Actor> actors() {
    record Ranked(Actor actor, double weight) {}
    List<Ranked> all = new ArrayList<>();
    for (int rank = 0; rank < COUNTRIES.size(); rank++) {
      Country c = COUNTRIES.get(rank);
      for (Role role : ROLES) {
        String text =
            role.suffix().isEmpty()
                ? c.name()
                : String.format(Locale.ROOT, role.text(), c.adjective());
        all.add(
            new Ranked(new Actor(c.code() + role.suffix(), c, text), role.weight() / (rank + 1)));
      }
    }
    all.sort(Comparator.comparingDouble(Ranked::weight).reversed());
    List<Ranked> kept = new ArrayList<>(all.subList(0, 197));
    Country igo = new Country("IGO", "", "", "Brussels", 50.85, 4.35);
    kept.add(new Ranked(new Actor("IGOWSTNAT", igo, "NATO"), 0.08));
    kept.add(new Ranked(new Actor("IGOEUREEC", igo, "the European Union"), 0.08));
    kept.add(new Ranked(new Actor("IGOUNO", igo, "the United Nations"), 0.06));
    Map<String, Double> weights = new HashMap<>();
    kept.forEach(r -> weights.put(r.actor().code(), r.weight()));
    return Weighted.of(
        kept.stream().map(Ranked::actor).toList(), actor -> weights.get(actor.code()));
  }

  private static List<Outlet> outlets() {
    String[] names = {
      "Reuters",
      "Associated Press",
      "Agence France-Presse",
      "BBC News",
      "Al Jazeera",
      "The Guardian",
      "The New York Times",
      "The Washington Post",
      "TASS",
      "Xinhua",
      "Kyiv Independent",
      "Times of Israel",
      "Deutsche Welle",
      "France 24",
      "Anadolu Agency",
      "Dawn",
      "The Hindu",
      "Yonhap",
      "Kyodo News",
      "Haaretz",
      "Al Arabiya",
      "The Straits Times",
      "South China Morning Post",
      "Meduza",
      "Ukrainska Pravda",
      "Daily Nation",
      "Premium Times",
      "Folha de S.Paulo",
      "El Pais",
      "Le Monde"
    };
    List<Outlet> outlets = new ArrayList<>();
    for (String name : names) {
      outlets.add(
          new Outlet(
              name, name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "") + ".example"));
    }
    return outlets;
  }
}
