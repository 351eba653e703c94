# Generates linear_reference.txt: numpy.linalg.lstsq for OLS, closed-form ridge
# beta = (Xc^T Xc + alpha I)^-1 Xc^T yc, b0 = mean(y) - mean(X) beta (sklearn's Ridge).
# Run: python3 gen_linear_reference.py > linear_reference.txt   (numpy 2.4.6)
import numpy as np

rng = np.random.default_rng(20240611)
n, p = 30, 3
X = rng.normal(size=(n, p)) * [1.0, 10.0, 0.1] + [5.0, -2.0, 100.0]
y = 1.5 + X @ np.array([2.0, -0.3, 7.0]) + rng.normal(scale=0.5, size=n)
out = []
for i in range(n):
    out.append("x " + " ".join(repr(float(v)) for v in X[i]))
out.append("y " + " ".join(repr(float(v)) for v in y))
A = np.hstack([np.ones((n, 1)), X])
b = np.linalg.lstsq(A, y, rcond=None)[0]
out.append("ols_intercept " + " ".join(repr(float(v)) for v in b))
b = np.linalg.lstsq(X, y, rcond=None)[0]
out.append("ols_nointercept 0.0 " + " ".join(repr(float(v)) for v in b))
alpha = 2.5
xm, ym = X.mean(0), y.mean()
Xc, yc = X - xm, y - ym
beta = np.linalg.solve(Xc.T @ Xc + alpha * np.eye(p), Xc.T @ yc)
out.append("ridge_intercept " + repr(float(ym - xm @ beta)) + " " + " ".join(repr(float(v)) for v in beta))
beta = np.linalg.solve(X.T @ X + alpha * np.eye(p), X.T @ y)
out.append("ridge_nointercept 0.0 " + " ".join(repr(float(v)) for v in beta))
print("\n".join(out))
