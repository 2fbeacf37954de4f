package org.sitrep.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageCheckTest {

  static final String ENGLISH =
      "Officials in Arnor said on Sunday that border guards from Gondor had crossed the river"
          + " near Osgiliath overnight. The ministry of defence called the crossing a provocation"
          + " and summoned the ambassador for talks.";

  @Test
  void passesEnglishProse() {
    assertThat(LanguageCheck.whyNotEnglish(ENGLISH)).isEmpty();
  }

  @Test
  void passesTwentyWordsOfEnglishHeadlines() {
    String headlines =
        "Drones strike Kyiv power grid\nEU ministers back sanctions package\n"
            + "Turkey offers to host ceasefire talks\nNATO chief visits Warsaw";
    assertThat(headlines.split("\\s+")).hasSize(20);
    assertThat(LanguageCheck.whyNotEnglish(headlines)).isEmpty();
  }

  @Test
  void passesEnglishWithForeignNamesAndAQuotedCyrillicName() {
    String text =
        "President Charles de la Fontaine met Olena Zelenska (Олена Зеленська) in El Paso"
            + " on Monday and said the talks with the delegation from La Paz had been useful.";
    assertThat(LanguageCheck.whyNotEnglish(text)).isEmpty();
  }

  @Test
  void rejectsRussianAsCyrillicScript() {
    String text =
        "Министр обороны заявил в воскресенье, что переговоры между двумя странами"
            + " возобновятся на следующей неделе. Представитель правительства отказался от"
            + " комментариев.";
    assertThat(LanguageCheck.whyNotEnglish(text))
        .contains("not English (looks like Cyrillic-script text); sitrep codes English news");
  }

  @Test
  void rejectsUkrainianAsCyrillicScript() {
    String text =
        "Міністр закордонних справ заявив, що переговори між двома країнами відновляться"
            + " наступного тижня у столиці.";
    assertThat(LanguageCheck.whyNotEnglish(text))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Cyrillic-script"));
  }

  @Test
  void rejectsGermanParagraph() {
    String text =
        "Die Regierung hat am Sonntag erklärt, dass die Gespräche zwischen den beiden Ländern"
            + " in der nächsten Woche fortgesetzt werden. Ein Sprecher des Ministeriums wollte"
            + " sich nicht dazu äußern.";
    assertThat(LanguageCheck.whyNotEnglish(text))
        .contains("not English (looks like German text); sitrep codes English news");
  }

  @Test
  void rejectsFrenchParagraph() {
    String text =
        "Le gouvernement a déclaré dimanche que les négociations entre les deux pays"
            + " reprendront la semaine prochaine. Un porte-parole du ministère n'a pas souhaité"
            + " commenter la situation.";
    assertThat(LanguageCheck.whyNotEnglish(text))
        .contains("not English (looks like French text); sitrep codes English news");
  }

  @Test
  void rejectsLongLatinScriptTextWithAlmostNoEnglishWords() {
    String polish =
        "Minister spraw zagranicznych powiedział w niedzielę, że rozmowy pomiędzy obydwoma"
            + " krajami zostaną wznowione w przyszłym tygodniu w stolicy. ";
    assertThat(LanguageCheck.whyNotEnglish(polish.repeat(4)))
        .hasValueSatisfying(reason -> assertThat(reason).startsWith("not English (few common"));
  }

  @Test
  void rejectsArabicScript() {
    assertThat(LanguageCheck.whyNotEnglish("قال وزير الخارجية إن المحادثات ستستأنف الأسبوع المقبل"))
        .hasValueSatisfying(reason -> assertThat(reason).contains("Arabic-script"));
  }
}
