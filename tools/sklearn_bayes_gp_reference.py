"""Reference predictions of scikit-learn's BayesianRidge and GaussianProcessRegressor on diabetes.

Writes skpro-core/src/test/resources/skpro/regression/bayes/sklearn_diabetes.json, read by
BayesGpSklearnReferenceTest. Data: skpro-core's embedded diabetes.csv (sklearn's load_diabetes());
train rows 0..299, test rows 300..441. GP hyper-parameters are fixed (optimizer=None, alpha=0).

Run from the repository root:
  python3 -m venv /tmp/skl && /tmp/skl/bin/pip install scikit-learn
  /tmp/skl/bin/python tools/sklearn_bayes_gp_reference.py
"""
import json

import numpy as np
import sklearn
from sklearn.gaussian_process import GaussianProcessRegressor
from sklearn.gaussian_process.kernels import RBF, ConstantKernel, DotProduct, Matern, WhiteKernel
from sklearn.linear_model import BayesianRidge

data = np.loadtxt("skpro-core/src/main/resources/skpro/datasets/diabetes.csv", delimiter=",", skiprows=1)
x, y = data[:, :-1], data[:, -1]
xtr, ytr, xte = x[:300], y[:300], x[300:]

out = {"sklearn": sklearn.__version__, "train_rows": 300}
br = BayesianRidge().fit(xtr, ytr)
mean, std = br.predict(xte, return_std=True)
out["bayesian_ridge"] = {"alpha": br.alpha_, "lambda": br.lambda_, "mean": mean.tolist(), "std": std.tolist()}

# (name, kernel, (v, l, s2), normalize_y): the kernel is v * K(l) + s2 on the normalised scale
gps = [
    ("rbf", RBF, (0.8, 0.15, 0.5), True),
    ("matern52", lambda l: Matern(l, nu=2.5), (1.2, 0.3, 0.4), True),
    ("matern32", lambda l: Matern(l, nu=1.5), (1.0, 0.2, 0.6), True),
    ("linear", lambda l: DotProduct(sigma_0=l), (20.0, 0.1, 0.5), True),
]
for name, kern, (v, l, s2), norm in gps:
    k = ConstantKernel(v, "fixed") * kern(l) + WhiteKernel(s2)
    gp = GaussianProcessRegressor(k, alpha=0.0, optimizer=None, normalize_y=norm).fit(xtr, ytr)
    mean, std = gp.predict(xte, return_std=True)
    out["gp_" + name] = {"variance": v, "lengthScale": l, "noise": s2,
                         "logMarginalLikelihood": gp.log_marginal_likelihood_value_,
                         "mean": mean.tolist(), "std": std.tolist()}

# optimised RBF GP: the log marginal likelihood sklearn reaches (5 restarts, seed 0)
k = ConstantKernel(1.0) * RBF(1.0) + WhiteKernel(0.1)
gp = GaussianProcessRegressor(k, alpha=0.0, normalize_y=True, n_restarts_optimizer=5, random_state=0).fit(xtr, ytr)
out["gp_rbf_optimised"] = {"logMarginalLikelihood": gp.log_marginal_likelihood_value_, "kernel": str(gp.kernel_)}

with open("skpro-core/src/test/resources/skpro/regression/bayes/sklearn_diabetes.json", "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps({key: out[key] if not isinstance(out[key], dict) else
                  {a: b for a, b in out[key].items() if not isinstance(b, list)} for key in out}, indent=1))
