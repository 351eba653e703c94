package skpro.distributions.testing;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/**
 * A construction that must be rejected with an {@link IllegalArgumentException} whose message
 * contains {@code expectedInMessage} (typically the parameter name).
 *
 * @param name shown in the test report
 * @param construction the call that must throw
 * @param expectedInMessage a fragment the message must contain
 */
public record InvalidExample(String name, ThrowingCallable construction, String expectedInMessage) {

    @Override
    public String toString() {
        return name;
    }
}
