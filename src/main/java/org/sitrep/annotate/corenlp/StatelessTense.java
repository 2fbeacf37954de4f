package org.sitrep.annotate.corenlp;

import edu.stanford.nlp.ling.tokensregex.Env;
import edu.stanford.nlp.ling.tokensregex.types.Expressions;
import edu.stanford.nlp.ling.tokensregex.types.Value;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunction;
import edu.stanford.nlp.ling.tokensregex.types.ValueFunctions;
import java.util.List;
import java.util.Properties;

/**
 * Keeps SUTime from carrying a verb's tense from one sentence to the next. SUTime's English rules
 * tag the value of a time expression near a past or future verb ("struck on Monday", "will meet on
 * Monday") with the way to resolve it, but that value is shared by every "Monday" SUTime ever
 * reads, so the tag stays for the sentences that follow, in any article, on any thread: the same
 * article got different dates depending on what was coded before it (CoreNLP issue 1061). Bound as
 * a SUTime binder, this class makes that tagging do nothing; a bare weekday then resolves to the
 * closest one, and {@code EventDates} moves it to the week before when the verb is in the past.
 */
public final class StatelessTense implements Env.Binder {
  /** SUTime builds binders by reflection from {@code sutime.binder.N}. */
  public StatelessTense() {}

  @Override
  public void init(String prefix, Properties props) {}

  @Override
  public void bind(Env env) {
    ValueFunction untagged =
        new ValueFunctions.NamedValueFunction("VTag") {
          @Override
          public boolean checkArgs(List<Value> in) {
            return !in.isEmpty();
          }

          @Override
          public Value apply(Env env, List<Value> in) {
            return in.get(0);
          }
        };
    env.bind("VTag", new Expressions.PrimitiveValue<>(Expressions.TYPE_FUNCTION, untagged));
  }
}
