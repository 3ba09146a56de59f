package dev.jcompose.loader.tree;

/**
 * How a scalar was resolved by the YAML 1.2 core schema. Quoted scalars and interpolation results are STRING;
 * {@code yes}/{@code no}/{@code on}/{@code off} are STRING too (YAML 1.2, as Docker Compose v2 reads them).
 */
public enum ScalarType {
    STRING, INT, FLOAT, BOOL, NULL
}
