/**
 * Neural probabilistic estimators: a training engine on ND4J, distribution heads, dynamic sparse
 * training, GroupBERT layers and random-bases descent.
 */
module skpro.neural {
    requires transitive skpro.core;
}
