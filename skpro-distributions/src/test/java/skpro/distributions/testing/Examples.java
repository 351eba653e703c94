package skpro.distributions.testing;

import java.util.ArrayList;
import java.util.List;

/**
 * Every distribution instance the contract suite runs on. A class joins the suite by adding
 * instances to its group's list, not by writing new tests.
 */
public final class Examples {

    private Examples() {
    }

    /** @return all valid instances */
    public static List<Example> valid() {
        List<Example> all = new ArrayList<>();
        all.addAll(ExamplesNormal.valid());
        all.addAll(ExamplesLocationScale.valid());
        all.addAll(ExamplesPositive.valid());
        all.addAll(ExamplesDiscrete.valid());
        all.addAll(ExamplesEmpirical.valid());
        all.addAll(ExamplesComposite.valid());
        return all;
    }

    /** @return all constructions that must be rejected */
    public static List<InvalidExample> invalid() {
        List<InvalidExample> all = new ArrayList<>();
        all.addAll(ExamplesNormal.invalid());
        all.addAll(ExamplesLocationScale.invalid());
        all.addAll(ExamplesPositive.invalid());
        all.addAll(ExamplesDiscrete.invalid());
        all.addAll(ExamplesEmpirical.invalid());
        all.addAll(ExamplesComposite.invalid());
        return all;
    }
}
