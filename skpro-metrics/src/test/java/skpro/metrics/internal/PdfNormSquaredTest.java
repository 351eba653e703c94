package skpro.metrics.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.withinPercentage;

import java.util.List;

import org.junit.jupiter.api.Test;

import skpro.distributions.Beta;
import skpro.distributions.Binomial;
import skpro.distributions.Categorical;
import skpro.distributions.Cauchy;
import skpro.distributions.ChiSquared;
import skpro.distributions.Delta;
import skpro.distributions.Distribution;
import skpro.distributions.Empirical;
import skpro.distributions.Exponential;
import skpro.distributions.Gamma;
import skpro.distributions.HalfCauchy;
import skpro.distributions.HalfLogistic;
import skpro.distributions.HalfNormal;
import skpro.distributions.Histogram;
import skpro.distributions.IID;
import skpro.distributions.KernelMixture;
import skpro.distributions.Laplace;
import skpro.distributions.LogNormal;
import skpro.distributions.Logistic;
import skpro.distributions.MeanScale;
import skpro.distributions.Mixture;
import skpro.distributions.NegativeBinomial;
import skpro.distributions.Normal;
import skpro.distributions.Pareto;
import skpro.distributions.Poisson;
import skpro.distributions.TDistribution;
import skpro.distributions.TransformedDistribution;
import skpro.distributions.TruncatedNormal;
import skpro.distributions.Uniform;
import skpro.distributions.Weibull;

/**
 * int p^2 against mpmath: every expected value below is {@code mp.quad(lambda x: pdf(x)**2, ...)}
 * (or {@code mp.nsum} of squared masses) at 30-40 digits, computed independently of the closed
 * forms in {@link PdfNormSquared}; "hand" values are worked out in the comment.
 */
class PdfNormSquaredTest {

    private static double norm(Distribution d) {
        return PdfNormSquared.of(d)[0];
    }

    @Test
    void closedFormsOfTheLocationScaleFamilies() {
        // mpmath at scale 1.3: Logistic 0.1282051282051282 (= 1/(6s)), HalfLogistic 0.2564102564102564,
        // HalfCauchy 0.2448537586029159, HalfNormal 0.4339919873444279
        assertThat(norm(Logistic.of(0.4, 1.3))).isCloseTo(0.1282051282051282, withinPercentage(1e-12));
        assertThat(norm(HalfLogistic.of(1.3))).isCloseTo(0.2564102564102564, withinPercentage(1e-12));
        assertThat(norm(HalfCauchy.of(1.3))).isCloseTo(0.2448537586029159, withinPercentage(1e-12));
        assertThat(norm(HalfNormal.of(1.3))).isCloseTo(0.4339919873444279, withinPercentage(1e-12));
        // hand: Normal 1/(2 sigma sqrt pi); Laplace 1/(4b); Cauchy 1/(2 pi s); Uniform 1/(b - a); Exponential rate/2
        assertThat(norm(Normal.of(3.0, 0.5))).isCloseTo(1.0 / Math.sqrt(Math.PI), withinPercentage(1e-12));
        assertThat(norm(Laplace.of(0.0, 2.0))).isEqualTo(0.125);
        assertThat(norm(Cauchy.of(0.0, 0.5))).isCloseTo(1.0 / Math.PI, withinPercentage(1e-12));
        assertThat(norm(Uniform.of(-1.0, 3.0))).isEqualTo(0.25);
        assertThat(norm(Exponential.of(3.0))).isEqualTo(1.5);
    }

    @Test
    void closedFormsOfTheShapeFamilies() {
        // mpmath: t(mu 0, sigma 2, nu 4) 0.12080098704599425; Gamma(3, rate 2) 0.375;
        // ChiSquared(5) 0.10610329539459689; Beta(2, 3) 1.3714285714285714 (= 48/35);
        // Weibull(scale 2, k 1.5) 0.26578436550957659; LogNormal(0.3, 0.8) 0.30655178798966537;
        // Pareto(scale 1.2, alpha 2.5) 0.8680555555555556; t(3.5, scale 1.7) 0.13906607375726016;
        // Gamma(0.7, 1.3) 1.2969932705947282; Beta(2.5, 0.8) 2.0074158161766098; Weibull(1.5, 0.8) 0.38860646971060305
        assertThat(norm(TDistribution.of(0.0, 2.0, 4.0))).isCloseTo(0.12080098704599425, withinPercentage(1e-12));
        assertThat(norm(TDistribution.of(1.0, 1.7, 3.5))).isCloseTo(0.13906607375726016, withinPercentage(1e-12));
        assertThat(norm(Gamma.of(3.0, 2.0))).isCloseTo(0.375, withinPercentage(1e-12));
        assertThat(norm(Gamma.of(0.7, 1.3))).isCloseTo(1.2969932705947282, withinPercentage(1e-11));
        assertThat(norm(ChiSquared.of(5.0))).isCloseTo(0.10610329539459689, withinPercentage(1e-12));
        assertThat(norm(Beta.of(2.0, 3.0))).isCloseTo(48.0 / 35.0, withinPercentage(1e-12));
        assertThat(norm(Beta.of(2.5, 0.8))).isCloseTo(2.0074158161766098, withinPercentage(1e-12));
        assertThat(norm(Weibull.of(2.0, 1.5))).isCloseTo(0.26578436550957659, withinPercentage(1e-12));
        assertThat(norm(Weibull.of(1.5, 0.8))).isCloseTo(0.38860646971060305, withinPercentage(1e-12));
        assertThat(norm(LogNormal.of(0.3, 0.8))).isCloseTo(0.30655178798966537, withinPercentage(1e-12));
        assertThat(norm(Pareto.of(1.2, 2.5))).isCloseTo(0.8680555555555556, withinPercentage(1e-12));
    }

    @Test
    void infiniteWhereTheSquareIsNotIntegrable() {
        assertThat(norm(Gamma.of(0.5, 1.0))).isInfinite();
        assertThat(norm(ChiSquared.of(1.0))).isInfinite();
        assertThat(norm(Beta.of(0.4, 2.0))).isInfinite();
        assertThat(norm(Weibull.of(1.0, 0.5))).isInfinite();
    }

    @Test
    void rowsWithDifferentParameters() {
        double[] got = PdfNormSquared.of(Gamma.of(new double[] {3, 3, 0.7}, new double[] {2, 4, 1.3}));
        assertThat(got[0]).isCloseTo(0.375, withinPercentage(1e-12));
        assertThat(got[1]).isCloseTo(0.75, withinPercentage(1e-12));
        assertThat(got[2]).isCloseTo(1.2969932705947282, withinPercentage(1e-11));
    }

    @Test
    void piecewiseAndKernelForms() {
        // hand: bins [0, 1, 3], masses 1/4, 3/4: 1/16 + (9/16)/2 = 0.34375
        assertThat(norm(Histogram.of(new double[] {0, 1, 3}, new double[] {0.25, 0.75}))).isCloseTo(0.34375,
            withinPercentage(1e-12));
        // mpmath: Gaussian kernels at 0, 1, 3 with bandwidth 0.5: 0.23649805405221137
        assertThat(norm(KernelMixture.of(new double[] {0, 1, 3}, KernelMixture.Kernel.GAUSSIAN, 0.5)))
            .isCloseTo(0.23649805405221137, withinPercentage(1e-12));
        // mpmath: 0.3 N(0, 1) + 0.7 N(2, 0.5^2): 0.33209893672265865
        Mixture mix = Mixture.of(List.of(Normal.of(0.0, 1.0), Normal.of(2.0, 0.5)), new double[] {0.3, 0.7});
        assertThat(norm(mix)).isCloseTo(0.33209893672265865, withinPercentage(1e-12));
    }

    @Test
    void discreteSumsOfSquaredMasses() {
        // hand: Delta 1; Categorical 0.2^2 + 0.5^2 + 0.3^2 = 0.38; weighted Empirical 1, 2, 2, 3
        // with weights 1, 1, 2, 4 (of 8): masses 1/8, 3/8, 4/8 -> 26/64
        assertThat(norm(Delta.of(2.0))).isEqualTo(1.0);
        assertThat(norm(Categorical.of(new double[] {0.2, 0.5, 0.3}, new double[] {0, 1, 2})))
            .isCloseTo(0.38, withinPercentage(1e-12));
        assertThat(norm(Empirical.of(new double[] {1, 2, 2, 3}, new double[] {1, 1, 2, 4})))
            .isCloseTo(26.0 / 64.0, withinPercentage(1e-12));
        // mpmath: Poisson(3) e^-6 I0(6) = 0.16665743263981658; Poisson(40) 0.044673291782275278;
        // scipy: Binomial(10, 0.3) 0.19323610333031768; mpmath: NegativeBinomial(mu 4, alpha 2) 0.104
        double[] poisson = PdfNormSquared.of(Poisson.of(new double[] {3, 40}));
        assertThat(poisson[0]).isCloseTo(0.16665743263981658, withinPercentage(1e-12));
        assertThat(poisson[1]).isCloseTo(0.044673291782275278, withinPercentage(1e-12));
        assertThat(norm(Binomial.of(10, 0.3))).isCloseTo(0.19323610333031768, withinPercentage(1e-12));
        assertThat(norm(NegativeBinomial.of(4.0, 2.0))).isCloseTo(0.104, withinPercentage(1e-12));
        // mpmath: 0.3 Poisson(2) + 0.7 Poisson(7.5), a discrete Mixture walked atom by atom: 0.080143086881515808
        Mixture mix = Mixture.of(List.of(Poisson.of(2.0), Poisson.of(7.5)), new double[] {0.3, 0.7});
        assertThat(norm(mix)).isCloseTo(0.080143086881515808, withinPercentage(1e-12));
    }

    @Test
    void compositesDelegate() {
        // hand: MeanScale(N(0,1), 3, 2) = N(3, 4): 1/(4 sqrt pi); IID repeats its row
        assertThat(norm(MeanScale.of(Normal.of(0.0, 1.0), 3.0, 2.0))).isCloseTo(0.14104739588693907,
            withinPercentage(1e-12));
        assertThat(PdfNormSquared.of(IID.of(Normal.of(0.0, 2.0), 3))).containsOnly(0.14104739588693907);
        // a lattice keeps its masses under an affine map: MeanScale of Poisson(3)
        assertThat(norm(MeanScale.of(Poisson.of(3.0), 1.0, 2.0))).isCloseTo(0.16665743263981658, withinPercentage(1e-12));
    }

    @Test
    void mixedMixtureSplitsIntoItsParts() {
        // hand: 0.6 N(0, 1) + 0.4 Delta(1): 0.36 / (2 sqrt pi) + 0.16 = 0.26155412503859613 (mpmath)
        Mixture mix = Mixture.of(List.of(Normal.of(0.0, 1.0), Delta.of(1.0)), new double[] {0.6, 0.4});
        assertThat(norm(mix)).isCloseTo(0.26155412503859613, withinPercentage(1e-12));
    }

    @Test
    void truncatedNormalInClosedFormAndByQuadratureInTheFarTails() {
        // mpmath (60 digits): N(0.5, 1.5^2) on [-1, 2] 0.34004060085236031; N(0,1) on [0, inf)
        // 0.56418958354775629 (= 1/sqrt(pi)); by quadrature: on [40, 41] 20.018724692594486,
        // on (-inf, -30] 15.024940164208374 (probabilities underflow), N(2, 0.5^2) on
        // [2, 2.0001] 10000.000000000000356 (narrow)
        double[] got = PdfNormSquared.of(TruncatedNormal.of(new double[] {0.5, 0, 0, 0, 2},
            new double[] {1.5, 1, 1, 1, 0.5}, new double[] {-1, 0, 40, Double.NEGATIVE_INFINITY, 2},
            new double[] {2, Double.POSITIVE_INFINITY, 41, -30, 2.0001}));
        assertThat(got[0]).isCloseTo(0.34004060085236031, withinPercentage(1e-12));
        assertThat(got[1]).isCloseTo(0.56418958354775629, withinPercentage(1e-12));
        assertThat(got[2]).isCloseTo(20.018724692594486, withinPercentage(1e-10));
        assertThat(got[3]).isCloseTo(15.024940164208374, withinPercentage(1e-10));
        assertThat(got[4]).isCloseTo(10000.000000000000356, withinPercentage(1e-9));
    }

    @Test
    void quadratureForOtherContinuousFamilies() {
        // exp(N(0.3, 0.8^2)) built as a transformed distribution is LogNormal(0.3, 0.8): 0.30655178798966537
        assertThat(norm(TransformedDistribution.exp(Normal.of(0.3, 0.8)))).isCloseTo(0.30655178798966537,
            withinPercentage(1e-10));
        // 0.5 N(0, 1) + 0.5 Laplace(1, 1), no closed form here: compare with the pair sum of
        // closed forms and one cross term by mpmath: int phi(x) exp(-|x-1|)/2 dx = 0.20261217377861015
        Mixture mix = Mixture.of(List.of(Normal.of(0.0, 1.0), Laplace.of(1.0, 1.0)), new double[] {0.5, 0.5});
        double cross = 0.20261217377861015;
        double expected = 0.25 / (2 * Math.sqrt(Math.PI)) + 0.25 * 0.25 + 0.5 * cross;
        assertThat(norm(mix)).isCloseTo(expected, withinPercentage(1e-10));
    }

    @Test
    void shiftedAndScaledMixedMixtureIsExact() {
        // hand: 2 (0.6 N(0,1) + 0.4 Delta(1)) + 1 = 0.6 N(1, 4) + 0.4 Delta(3):
        // 0.36 / (4 sqrt pi) + 0.16 = 0.21077706251929807 (mpmath)
        MeanScale ms = MeanScale.of(Mixture.of(List.of(Normal.of(0.0, 1.0), Delta.of(1.0)), new double[] {0.6, 0.4}),
            1.0, 2.0);
        assertThat(norm(ms)).isCloseTo(0.21077706251929807, withinPercentage(1e-12));
    }

    @Test
    void otherMixedPredictionsAreApproximate() {
        // exp(0.6 N(0,1) + 0.4 Delta(0)) = 0.6 LogNormal(0, 1) + 0.4 Delta(1):
        // 0.36 e^(1/4) / (2 sqrt pi) + 0.16 = 0.2903980777190424 (mpmath); the generic mixed path
        // integrates a function with jumps, documented to about 1e-3 relative
        Mixture mix = Mixture.of(List.of(Normal.of(0.0, 1.0), Delta.of(0.0)), new double[] {0.6, 0.4});
        assertThat(norm(TransformedDistribution.exp(mix))).isCloseTo(0.2903980777190424, withinPercentage(0.1));
    }
}
