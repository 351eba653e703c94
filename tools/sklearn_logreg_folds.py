"""5-fold log-loss of scikit-learn's LogisticRegression on the classification data sets of
shared/data/classification, the reference for skpro4j's LogisticRegression (docs/classification.md).

Folds: row i (0-based, after dropping rows with missing features) is in test fold i mod 5.
In each fold the features are standardised with the training rows' mean and ddof-0 standard
deviation (StandardScaler), then LogisticRegression(C=1.0, lbfgs, tol=1e-10, max_iter=10000) is
fitted and the test rows' mean log-loss computed; the figure is the mean over the 5 folds.
Class order: sorted labels (as both libraries order them).

Usage: python3 tools/sklearn_logreg_folds.py [SHARED_DIR]   (default ../shared)
Prints one line per data set: name, rows, columns, classes, mean log-loss (%.10f).
"""
import csv
import math
import sys

import numpy as np
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import log_loss
from sklearn.preprocessing import StandardScaler

# data set -> (file, target column, feature columns or None for all others)
SETS = {
    "iris": ("iris.csv", "target", None),
    "wine": ("wine.csv", "target", None),
    "breast_cancer": ("breast_cancer.csv", "target", None),
    "digits": ("digits.csv", "target", None),
    "penguins": ("penguins.csv", "species",
                 ["bill_length_mm", "bill_depth_mm", "flipper_length_mm", "body_mass_g"]),
    "spam": ("spam.csv", "type", None),
}
C = 1.0


def load(root, name):
    file, target, features = SETS[name]
    with open(f"{root}/data/classification/{file}", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    t = header.index(target)
    cols = [header.index(c) for c in features] if features else [j for j in range(len(header)) if j != t]
    x, y = [], []
    for r in rows[1:]:
        cells = [r[j] for j in cols]
        if any(c in ("", "NA") for c in cells):
            continue
        x.append([float(c) for c in cells])
        y.append(r[t])
    return np.array(x), np.array(y)


def main():
    root = sys.argv[1] if len(sys.argv) > 1 else "../shared"
    for name in SETS:
        x, y = load(root, name)
        classes = sorted(set(y))
        fold = np.arange(len(y)) % 5
        losses = []
        for k in range(5):
            tr, te = fold != k, fold == k
            scaler = StandardScaler().fit(x[tr])
            clf = LogisticRegression(C=C, tol=1e-10, max_iter=10000)
            clf.fit(scaler.transform(x[tr]), y[tr])
            p = clf.predict_proba(scaler.transform(x[te]))
            losses.append(log_loss(y[te], p, labels=clf.classes_))
        print(f"{name} {x.shape[0]} {x.shape[1]} {len(classes)} {np.mean(losses):.10f}")


if __name__ == "__main__":
    main()
