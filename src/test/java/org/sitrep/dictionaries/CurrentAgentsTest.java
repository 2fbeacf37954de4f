package org.sitrep.dictionaries;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The organisations and group nouns of today's news as {@link Dictionaries#current()} codes them:
 * the project's agent overlay ({@code sitrep.current.agents.txt}) merged ahead of Phoenix's agents,
 * and the institutions of the actor overlay. Phrases are written as the coder sees them: CoreNLP's
 * tokens, upper-cased, a possessive its own word ({@code 'S}).
 *
 * <pre>{@code
 * code("SERBIAN PROTESTERS")  // SRBCVL
 * }</pre>
 */
class CurrentAgentsTest {
  private static final String BUNDLE = "/org/sitrep/dictionaries/";
  private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

  private static Dictionaries dictionaries;
  private static AgentDictionary overlay;

  @BeforeAll
  static void load() {
    dictionaries = Dictionaries.current();
    InputStream in =
        CurrentAgentsTest.class.getResourceAsStream(BUNDLE + Dictionaries.CURRENT_AGENTS);
    assertThat(in).isNotNull();
    try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
      overlay = AgentDictionary.read(Dictionaries.CURRENT_AGENTS, reader);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String code(String words) {
    List<String> tokens = List.of(words.toUpperCase(Locale.ROOT).split(" "));
    return new EntityCoder(dictionaries.actors(), dictionaries.agents()).code(tokens, DATE);
  }

  @Test
  void theOverlayLoadsStrictlyAndEveryPhraseReachesItsOwnEntry() {
    assertThat(overlay.size()).isGreaterThan(150);
    List<String> shadowed = new ArrayList<>();
    for (AgentEntry entry : overlay.entries()) {
      AgentEntry found =
          dictionaries.agents().longestMatch(entry.phrase().words(), 0).orElseThrow().entry();
      if (!found.source().equals(Dictionaries.CURRENT_AGENTS) || found.line() != entry.line()) {
        shadowed.add(
            entry.phrase().dictionaryForm() + " -> " + found.source() + ":" + found.line());
      }
    }
    assertThat(shadowed).isEmpty();
  }

  @Test
  void thePlainPhoenixSetHasNoOverlayAgents() {
    AgentDictionary phoenix = Dictionaries.phoenix().agents();
    assertThat(phoenix.entries())
        .noneMatch(entry -> entry.source().equals(Dictionaries.CURRENT_AGENTS));
    assertThat(phoenix.longestMatch(List.of("PROTESTERS"), 0).orElseThrow().entry().code())
        .isEqualTo("OPP");
    assertThat(dictionaries.agents().size()).isEqualTo(phoenix.size() + overlay.size());
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    // (a) security and intelligence services, by name
    "SBU, UKRSPY",
    "UKRAINE 'S SBU, UKRSPY",
    "SECURITY SERVICE OF UKRAINE, UKRSPY",
    "HUR, UKRSPY",
    "FSB, RUSSPY",
    "RUSSIA 'S FSB, RUSSPY",
    "FEDERAL SECURITY SERVICE, RUSSPY",
    "SVR, RUSSPY",
    "GRU, RUSSPY",
    "MOSSAD, ISRSPY",
    "SHIN BET, ISRSPY",
    "CIA, USASPY",
    "FBI, USACOP",
    "NIS, KORSPY",
    "SOUTH KOREA 'S NIS, KORSPY",
    "MI6, GBRSPY",
    "MI5, GBRSPY",
    "ISI, PAKSPY",
    "PAKISTAN 'S ISI, PAKSPY",
    "IRGC, IRNMIL",
    "BND, DEUSPY",
    // (a) and by description, with any country
    "UKRAINE 'S SECURITY SERVICE, UKRSPY",
    "RUSSIAN SECURITY SERVICES, RUSSPY",
    "ROMANIAN INTELLIGENCE SERVICES, ROUSPY",
    "GEORGIA 'S STATE SECURITY SERVICE, GEOSPY",
    "KENYA 'S NATIONAL INTELLIGENCE SERVICE, KENSPY",
    "UKRAINE 'S MILITARY INTELLIGENCE, UKRSPY",
    "IRAN 'S INTELLIGENCE MINISTRY, IRNSPY",
    "CHINA 'S MINISTRY OF STATE SECURITY, CHNSPY",
    "INTELLIGENCE SERVICES, ---SPY",
    "SECURITY SERVICE, ---SPY"
  })
  void securityAndIntelligenceServicesAreSpy(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "NABU, UKRCOP",
    "NATIONAL ANTI-CORRUPTION BUREAU, UKRCOP",
    "NATIONAL ANTI - CORRUPTION BUREAU, UKRCOP",
    "UKRAINE 'S NATIONAL ANTI-CORRUPTION BUREAU, UKRCOP",
    "SAPO, UKRJUD",
    "SPECIALIZED ANTI-CORRUPTION PROSECUTOR 'S OFFICE, UKRJUD",
    "HIGH ANTI-CORRUPTION COURT, UKRJUD",
    "MOLDOVA 'S ANTI-CORRUPTION AGENCY, MDACOP",
    "PROSECUTORS, ---JUD",
    "THE PROSECUTOR 'S OFFICE, ---JUD",
    "THE PROSECUTOR OFFICE, ---JUD",
    "PROSECUTOR GENERAL, ---JUD",
    "UKRAINE 'S PROSECUTOR GENERAL, UKRJUD",
    "UKRAINE PROSECUTOR GENERAL 'S OFFICE, UKRJUD",
    "ISTANBUL CHIEF PROSECUTOR 'S OFFICE, TURJUD",
    "SOUTH KOREAN PROSECUTORS, KORJUD",
    "FRENCH ANTI-TERRORISM PROSECUTORS, FRAJUD",
    "ROMANIA 'S CONSTITUTIONAL COURT, ROUJUD",
    "ROMANIA 'S TOP COURT, ROUJUD",
    "A KENYAN COURT, KENJUD",
    "THE COURT, ---JUD",
    "CONSTITUTIONAL COURT JUSTICES, ---JUD"
  })
  void antiCorruptionBureausArePoliceAndProsecutorsAndCourtsJudiciary(
      String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "THE TREASURY, ---GOV",
    "THE US TREASURY, USAGOV",
    "BRITAIN 'S TREASURY, GBRGOV",
    "TREASURY DEPARTMENT, ---GOV",
    "RUSSIA 'S FINANCE MINISTRY, RUSGOV",
    "FINANCE MINISTRY, ---GOV",
    "CHINA 'S FOREIGN MINISTRY, CHNGOV",
    "THE STATE DEPARTMENT, USAGOV",
    // defence ministries speak for the armed forces (devset convention); ministers are GOVMIL
    "THAILAND 'S DEFENCE MINISTRY, THAMIL",
    "CAMBODIAN DEFENSE MINISTRY, KHMMIL",
    "TAIWAN 'S MINISTRY OF NATIONAL DEFENSE, TWNMIL",
    "THE DEFENCE MINISTRY, ---MIL",
    "INDIAN DEFENCE MINISTER, INDGOVMIL",
    // a national assembly named alone takes the story's country later
    "THE ASSEMBLY, ---LEG",
    "SOUTH KOREA 'S NATIONAL ASSEMBLY, KORLEG"
  })
  void treasuriesAndMinistriesAreGovernmentAndDefenceMinistriesMilitary(
      String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "EASTERN THEATER COMMAND, CHNMIL",
    "CHINA 'S EASTERN THEATRE COMMAND, CHNMIL",
    "PLA SOUTHERN THEATER COMMAND, CHNMIL",
    "ISRAEL 'S NORTHERN COMMAND, ISRMIL",
    "US CENTRAL COMMAND, USAMIL",
    "THE JOINT CHIEFS, ---MIL",
    "SOUTH KOREA 'S JOINT CHIEFS OF STAFF, KORMIL",
    "RUSSIA 'S GENERAL STAFF, RUSMIL",
    "UKRAINE 'S AIR DEFENCES, UKRMIL",
    "RUSSIAN AIR DEFENSE, RUSMIL",
    "AIR DEFENCES, ---MIL",
    "UKRAINE 'S AIR FORCE, UKRMIL",
    "THE CHINESE NAVY, CHNMIL",
    "NAVY, ---MIL",
    "THE RUSSIAN ARMY, RUSMIL",
    "SUDAN 'S ARMY, SDNMIL",
    "ISRAELI FORCES, ISRMIL",
    "NORTH KOREAN SOLDIERS, PRKMIL",
    "US SERVICE MEMBERS, USAMIL",
    // coast guards are maritime police (devset: China's and Finland's are COP); the US's is
    // military
    "CHINA COAST GUARD, CHNCOP",
    "A FINNISH COAST GUARD CREW, FINCOP",
    "COAST GUARD, ---COP",
    "THE U.S. COAST GUARD, USAMIL"
  })
  void commandsAndArmedForcesAreMilitary(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "GAZPROM, RUSBUS",
    "RUSSIA 'S GAZPROM, RUSBUS",
    "ROSNEFT, RUSBUS",
    "ROSATOM, RUSBUS",
    "NAFTOGAZ, UKRBUS",
    "UKRENERGO, UKRBUS",
    "ARAMCO, SAUBUS",
    "SAUDI ARAMCO, SAUBUS",
    "PDVSA, VENBUS",
    "CNPC, CHNBUS",
    "SINOPEC, CHNBUS",
    "PEMEX, MEXBUS",
    "SONATRACH, DZABUS",
    "SERBIAN OIL COMPANY NIS, SRBBUS"
  })
  void stateCompaniesAreTheirCountrysBusiness(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "RUSSIA 'S MISSION TO THE UN, RUSGOV",
    "RUSSIA MISSION TO THE UN, RUSGOV",
    "CHINA 'S MISSION TO THE UNITED NATIONS, CHNGOV",
    "RUSSIA 'S UN MISSION, RUSGOV",
    "THE US AMBASSADOR TO THE UNITED NATIONS, USAGOV",
    "RUSSIA 'S UN AMBASSADOR, RUSGOV",
    "CHINA 'S ENVOY TO THE UN, CHNGOV",
    "IRAN 'S PERMANENT REPRESENTATIVE, IRNGOV",
    // the UN's own missions stay the UN's
    "THE UN SUPPORT MISSION IN LIBYA, IGOUNO",
    "THE UN MISSION, IGOUNO"
  })
  void aCountrysMissionToTheUnIsThatCountry(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "SERBIAN PROTESTERS, SRBCVL",
    "THOUSANDS OF SERBS, SRBCVL",
    "TENS OF THOUSANDS OF GEORGIANS, GEOCVL",
    "GEORGIAN DEMONSTRATORS, GEOCVL",
    "UKRAINIAN CIVILIANS, UKRCVL",
    "SERBIAN STUDENTS, SRBCVL",
    "SOUTH KOREAN PROTESTORS, KORCVL",
    "SUDANESE REBELS, SDNREB",
    "PAKISTANI MILITANTS, PAKREB",
    "ISRAELI TROOPS, ISRMIL",
    "ISRAELI SOLDIERS, ISRMIL",
    "ISRAELI FORCES, ISRMIL",
    // nationals with no role are the bare country (devset: "released 1,968 Palestinians" is PSE)
    "SERBS, SRB",
    "UKRAINIANS, UKR",
    "PALESTINIANS, PSE",
    // a partitive gives way to any other role, and names no one alone
    "THOUSANDS OF RUSSIAN TROOPS, RUSMIL",
    "HUNDREDS OF UKRAINIAN SOLDIERS, UKRMIL",
    "DOZENS OF DRONES, ---",
    // an armed agent adds nothing to an armed group
    "HOUTHI FORCES, YEMREB",
    "HAMAS FIGHTERS, PSEREBHMS",
    "HEZBOLLAH MILITANTS, LBNREB"
  })
  void groupNounsTakeTheCountryNamedWithThem(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "PROTESTERS, ---CVL",
    "DEMONSTRATORS, ---CVL",
    "CROWDS, ---CVL",
    "THOUSANDS OF PEOPLE, ---CVL",
    "STUDENTS, ---CVL",
    "REBELS, ---REB",
    "MILITANTS, ---REB",
    "MILITIA, ---UAF",
    "MILITIAS, ---UAF",
    "GANGS, ---CRM",
    "ACTIVISTS, ---OPP",
    "CIVILIANS, ---CVL"
  })
  void bareGroupNounsGiveTheirRoleForALaterStepToPlace(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "NORTH KOREAN STATE MEDIA, PRKMED",
    "SYRIAN STATE MEDIA, SYRMED",
    "CHINESE STATE TELEVISION, CHNMED",
    "RUSSIA 'S STATE NEWS AGENCY, RUSMED",
    "IRANIAN STATE - RUN MEDIA, IRNMED",
    "STATE MEDIA, ---MED"
  })
  void stateMediaAreTheirCountrysMedia(String words, String expected) {
    assertThat(code(words)).isEqualTo(expected);
  }
}
