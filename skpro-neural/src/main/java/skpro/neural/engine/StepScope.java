package skpro.neural.engine;

import java.util.function.Supplier;

import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.memory.conf.WorkspaceConfiguration;
import org.nd4j.linalg.api.memory.enums.AllocationPolicy;
import org.nd4j.linalg.api.memory.enums.LearningPolicy;
import org.nd4j.linalg.api.memory.enums.ResetPolicy;
import org.nd4j.linalg.api.memory.enums.SpillPolicy;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Runs one training step (forward, loss, backward, update) with every temporary array in a
 * per-thread ND4J workspace that is reused from step to step.
 *
 * <p>Without it each intermediate array is a fresh native allocation: large ones are new pages
 * that fault in on first touch and are returned on release, which was most of the time of a
 * transformer sub-layer's forward and backward pass (a 128 → 512 → 128 GELU FFN on 32 x 128
 * tokens: {@code allocateDataBuffer} in 329 of 440 profile samples), and for small networks the
 * allocation bookkeeping is a large part of each operation's cost.
 *
 * <p>Rule: nothing allocated inside the scope may be used after it ends — parameters, gradients
 * and optimiser state live outside, and a layer's cached activations are only read by the
 * backward pass of the same step. Results that must outlive the step are returned as Java values
 * or copied out with {@code detach()}.
 */
public final class StepScope {
    private static final String ID = "skpro-step";
    private static final WorkspaceConfiguration CONFIGURATION = WorkspaceConfiguration.builder()
        .initialSize(0).policyAllocation(AllocationPolicy.OVERALLOCATE).overallocationLimit(0.2)
        .policyLearning(LearningPolicy.FIRST_LOOP).policyReset(ResetPolicy.BLOCK_LEFT)
        .policySpill(SpillPolicy.REALLOCATE).build();

    private StepScope() {
    }

    /**
     * @param step the step's work
     * @param <T> its result (a Java value, or an array detached from the workspace)
     * @return the step's result
     */
    @SuppressWarnings("try") // the workspace acts through its scope, not by name
    public static <T> T run(Supplier<T> step) {
        try (MemoryWorkspace scope = Nd4j.getWorkspaceManager().getAndActivateWorkspace(CONFIGURATION, ID)) {
            return step.get();
        }
    }

    /** Frees this thread's workspace (its memory returns now rather than when the thread ends). */
    public static void release() {
        Nd4j.getWorkspaceManager().destroyWorkspace(
            Nd4j.getWorkspaceManager().getWorkspaceForCurrentThread(CONFIGURATION, ID));
    }
}
