package skpro.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Small regression data sets embedded in this jar, so that examples and benchmarks run with no
 * files. Each is loaded from its CSV resource on every call (a few milliseconds) and carries its
 * description, source and licence; all are under permissive licences, listed with their
 * attributions in the repository's NOTICE file and in {@code docs/datasets.md}.
 *
 * <table>
 * <caption>Embedded data sets</caption>
 * <tr><th>name</th><th>rows x features</th><th>target</th><th>licence</th></tr>
 * <tr><td>diabetes</td><td>442 x 10</td><td>target (disease progression)</td><td>BSD-3-Clause</td></tr>
 * <tr><td>diabetes_raw</td><td>442 x 10</td><td>target</td><td>BSD-3-Clause</td></tr>
 * <tr><td>penguins</td><td>333 x 12</td><td>body_mass_g</td><td>CC0-1.0</td></tr>
 * <tr><td>autompg</td><td>392 x 9</td><td>mpg</td><td>CC BY 4.0</td></tr>
 * <tr><td>diamonds</td><td>2,000 x 26</td><td>price</td><td>MIT</td></tr>
 * </table>
 *
 * <p>Left out on purpose: Boston housing (its feature {@code B} encodes a racial proportion, the
 * reason scikit-learn removed {@code load_boston}); mcycle, mtcars and airquality (their R
 * packages are GPL). {@code UciDatasets} reads Boston and the rest of the UCI benchmark suite
 * from a folder instead.
 */
public final class Datasets {

    private static final List<String> NAMES = List.of("diabetes", "diabetes_raw", "penguins", "autompg", "diamonds");

    private static final String SKLEARN = "scikit-learn 1.2.1 (Debian python3-sklearn 1.2.1+dfsg-1), "
        + "sklearn/datasets/data/diabetes_data_raw.csv.gz and diabetes_target.csv.gz; "
        + "Efron, Hastie, Johnstone and Tibshirani (2004), Least Angle Regression, Annals of Statistics 32(2)";

    private Datasets() {
    }

    /**
     * The diabetes data of Efron et al. (2004) as scikit-learn's {@code load_diabetes()}: 442
     * patients, 10 baseline variables (age, sex, bmi, bp, s1..s6), each centred and scaled to unit
     * Euclidean norm (centred, divided by its standard deviation times sqrt(442)); target a
     * quantitative measure of disease progression one year later (25..346). BSD-3-Clause.
     *
     * @return the data set, 442 x 10
     */
    public static Dataset diabetes() {
        return load(CsvLoader.of("target"), "diabetes.csv", "diabetes")
            .withDescription("Diabetes (Efron et al. 2004), features scaled as sklearn's load_diabetes(): "
                + "centred and divided by std * sqrt(442); target: disease progression after one year")
            .withSource(SKLEARN + ", scaled as sklearn does")
            .withLicence("BSD-3-Clause (scikit-learn)");
    }

    /**
     * The same diabetes data unscaled ({@code load_diabetes(scaled=False)}): age in years, sex
     * coded 1/2, bmi, mean blood pressure and six blood serum measurements in their units.
     * BSD-3-Clause. Not in {@link #embedded()}, which holds each data set once.
     *
     * @return the data set, 442 x 10
     */
    public static Dataset diabetesRaw() {
        return load(CsvLoader.of("target"), "diabetes_raw.csv", "diabetes_raw")
            .withDescription("Diabetes (Efron et al. 2004), unscaled features; target: disease progression "
                + "after one year")
            .withSource(SKLEARN)
            .withLicence("BSD-3-Clause (scikit-learn)");
    }

    /**
     * Palmer penguins (Gorman, Williams and Fraser 2014): body mass in grams of 333 penguins from
     * bill length and depth, flipper length, year, and one-hot species (Adelie, Chinstrap, Gentoo),
     * island (Biscoe, Dream, Torgersen) and sex (female, male). The 11 of 344 rows with a missing
     * value are dropped. CC0-1.0.
     *
     * @return the data set, 333 x 12
     */
    public static Dataset penguins() {
        return load(CsvLoader.of("body_mass_g").withCategorical("species", "island", "sex")
                .withMissing(CsvLoader.MissingPolicy.DROP_ROWS).withMissingTarget(CsvLoader.MissingTarget.DROP_ROWS),
            "penguins.csv", "penguins")
            .withDescription("Palmer Archipelago penguins (Gorman, Williams and Fraser 2014, Palmer Station "
                + "Antarctica LTER); target: body mass in g; rows with a missing value dropped (11 of 344)")
            .withSource("R package palmerpenguins 0.1.1 (Debian r-cran-palmerpenguins 0.1.1-1), "
                + "extdata/penguins.csv, \"NA\" written as an empty field")
            .withLicence("CC0-1.0");
    }

    /**
     * Auto MPG (Quinlan 1993; StatLib 1982): fuel consumption in miles per gallon of 392 cars from
     * cylinders, displacement, horsepower, weight, acceleration, model year and one-hot origin
     * (Europe, Japan, USA); the car's name is dropped, and so are the 8 rows of unknown mpg and the
     * 6 of unknown horsepower. Data under CC BY 4.0 (UCI Machine Learning Repository).
     *
     * @return the data set, 392 x 9
     */
    public static Dataset autompg() {
        return load(CsvLoader.of("mpg").withDropColumns("name").withCategorical("origin")
                .withMissing(CsvLoader.MissingPolicy.DROP_ROWS).withMissingTarget(CsvLoader.MissingTarget.DROP_ROWS),
            "autompg.csv", "autompg")
            .withDescription("Auto MPG (Quinlan 1993, from StatLib 1982); target: miles per gallon; car name "
                + "dropped; rows with missing mpg (8) or horsepower (6) dropped")
            .withSource("npm vega-datasets 3.2.1, data/cars.json (Year as model_year); the UCI Machine Learning "
                + "Repository's Auto MPG data, doi:10.24432/C5859H")
            .withLicence("CC BY 4.0 (UCI Machine Learning Repository); vega-datasets' BSD-3-Clause covers "
                + "its code only");
    }

    /**
     * A 2,000-row sample of ggplot2's diamonds (53,940 round diamonds): price in US dollars from
     * carat, depth, table, the dimensions x, y, z in mm, and one-hot cut (5 grades), color (D..J)
     * and clarity (8 grades). The rows were drawn without replacement with a fixed seed
     * ({@code tools/sample_diamonds.py}) and kept in file order. The target is the price itself,
     * strongly right-skewed: a log transform of the target often suits a location-scale model
     * better. MIT (ggplot2 authors).
     *
     * @return the data set, 2,000 x 26
     */
    public static Dataset diamonds() {
        return load(CsvLoader.of("price").withCategorical("cut", "color", "clarity"), "diamonds_sample.csv",
            "diamonds")
            .withDescription("Diamonds (ggplot2), a seeded sample of 2,000 of the 53,940 rows; target: price in "
                + "US dollars (right-skewed; consider its log)")
            .withSource("R package ggplot2 3.4.1 (Debian r-cran-ggplot2 3.4.1+dfsg-1), data diamonds; sampled by "
                + "tools/sample_diamonds.py with seed 20261127")
            .withLicence("MIT (Copyright (c) 2020 ggplot2 authors)");
    }

    /**
     * @return one of each embedded data set, in a fixed order: diabetes, penguins, autompg, diamonds
     */
    public static List<Dataset> embedded() {
        return List.of(diabetes(), penguins(), autompg(), diamonds());
    }

    /** @return the names {@link #byName} knows: diabetes, diabetes_raw, penguins, autompg, diamonds */
    public static List<String> names() {
        return NAMES;
    }

    /**
     * @param name one of {@link #names()}
     * @return that data set
     * @throws IllegalArgumentException if the name is unknown (the message lists the known ones)
     */
    public static Dataset byName(String name) {
        if (name == null) {
            throw new IllegalArgumentException("name must not be null; known: " + NAMES);
        }
        return switch (name) {
            case "diabetes" -> diabetes();
            case "diabetes_raw" -> diabetesRaw();
            case "penguins" -> penguins();
            case "autompg" -> autompg();
            case "diamonds" -> diamonds();
            default -> throw new IllegalArgumentException("unknown data set '" + name + "'; known: " + NAMES);
        };
    }

    private static Dataset load(CsvLoader loader, String resource, String name) {
        try {
            return loader.load(Datasets.class, resource).withName(name);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the embedded resource " + resource, e);
        }
    }
}
