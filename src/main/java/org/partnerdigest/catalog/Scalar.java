package org.partnerdigest.catalog;

import org.yaml.snakeyaml.nodes.ScalarNode;

/** A text value from the file with its node, so later checks can point at it. */
record Scalar(String text, ScalarNode node) {}
