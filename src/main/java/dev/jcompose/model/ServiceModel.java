package dev.jcompose.model;

/** A service's use of a top-level model: the variables that receive its endpoint and name. */
public record ServiceModel(String endpointVar, String modelVar) {
}
