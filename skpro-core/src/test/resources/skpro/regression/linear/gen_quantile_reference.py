# Generates quantile_reference.txt: sklearn.linear_model.QuantileRegressor (solver "highs").
# Run: python3 gen_quantile_reference.py > quantile_reference.txt   (scikit-learn 1.9.1, numpy 2.4.6)
# Lines: "data NAME n p" then n lines "x ..." and one "y ...";
# "fit DATA quantile alpha fitIntercept intercept coef..." for each fit.
import numpy as np
from sklearn.linear_model import QuantileRegressor

out = []


def data(name, X, y):
    out.append("data %s %d %d" % (name, X.shape[0], X.shape[1]))
    for row in X:
        out.append("x " + " ".join(repr(float(v)) for v in row))
    out.append("y " + " ".join(repr(float(v)) for v in y))


def fit(name, X, y, quantile, alpha, fit_intercept):
    m = QuantileRegressor(quantile=quantile, alpha=alpha, fit_intercept=fit_intercept, solver="highs").fit(X, y)
    out.append("fit %s %r %r %s %r %s" % (name, quantile, alpha, "true" if fit_intercept else "false",
                                         float(m.intercept_), " ".join(repr(float(v)) for v in m.coef_)))


# heteroscedastic linear data, features on different scales and offsets
rng = np.random.default_rng(20240612)
n, p = 40, 3
X = rng.normal(size=(n, p)) * [1.0, 5.0, 0.2] + [2.0, -1.0, 10.0]
y = 0.5 + X @ np.array([1.5, -0.4, 3.0]) + (1.0 + np.abs(X[:, 0] - 2.0)) * rng.standard_t(3, size=n)
data("hetero", X, y)
fit("hetero", X, y, 0.5, 0.0, True)
fit("hetero", X, y, 0.2, 0.0, True)
fit("hetero", X, y, 0.9, 0.0, True)
fit("hetero", X, y, 0.8, 0.01, False)
fit("hetero", X, y, 0.3, 0.05, True)
fit("hetero", X, y, 0.5, 1.0, True)

# the example of sklearn's QuantileRegressor docstring: np.mean(y <= predict(X)) is 0.8
rs = np.random.RandomState(0)
y = rs.randn(10)
X = rs.randn(10, 2)
data("docstring", X, y)
fit("docstring", X, y, 0.8, 1.0, True)

print("\n".join(out))
