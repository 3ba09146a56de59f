package dev.jcompose.loader.validate;

import static dev.jcompose.loader.tree.ScalarType.FLOAT;
import static dev.jcompose.loader.tree.ScalarType.INT;
import static dev.jcompose.loader.tree.ScalarType.STRING;
import static dev.jcompose.loader.validate.Schemas.bool;
import static dev.jcompose.loader.validate.Schemas.integer;
import static dev.jcompose.loader.validate.Schemas.listOf;
import static dev.jcompose.loader.validate.Schemas.listOrDict;
import static dev.jcompose.loader.validate.Schemas.mapOf;
import static dev.jcompose.loader.validate.Schemas.names;
import static dev.jcompose.loader.validate.Schemas.nullable;
import static dev.jcompose.loader.validate.Schemas.obj;
import static dev.jcompose.loader.validate.Schemas.oneOf;
import static dev.jcompose.loader.validate.Schemas.p;
import static dev.jcompose.loader.validate.Schemas.req;
import static dev.jcompose.loader.validate.Schemas.scalarOf;
import static dev.jcompose.loader.validate.Schemas.str;
import static dev.jcompose.loader.validate.Schemas.stringOrList;

/** The whole Compose Specification: the top level and the top-level resource definitions. */
final class ComposeSchema {

    static final ObjectSchema ROOT = root();

    private ComposeSchema() {
    }

    private static ObjectSchema root() {
        return obj(
                // obsolete and ignored; SchemaValidator warns about it
                p("version", scalarOf(STRING, INT, FLOAT)),
                p("name", str()),
                p("include", listOf(oneOf(str(), obj(
                        p("path", stringOrList()),
                        p("env_file", stringOrList()),
                        p("project_directory", str())).closed()))),
                p("services", mapOf(names("service"), ServiceSchema.service())),
                p("networks", mapOf(names("network"), nullable(network()))),
                p("volumes", mapOf(names("volume"), nullable(volume()))),
                p("secrets", mapOf(names("secret"), secret())),
                p("configs", mapOf(names("config"), config())),
                p("models", mapOf(names("model"), model())));
    }

    private static ObjectSchema network() {
        return obj(
                p("name", str()),
                p("driver", str()),
                p("driver_opts", driverOpts()),
                p("ipam", obj(
                        p("driver", str()),
                        p("config", listOf(obj(
                                p("subnet", str()),
                                p("ip_range", str()),
                                p("gateway", str()),
                                p("aux_addresses", mapOf(str()))))),
                        p("options", mapOf(str())))),
                p("external", external()),
                p("internal", bool()),
                p("enable_ipv4", bool()),
                p("enable_ipv6", bool()),
                p("attachable", bool()),
                p("labels", listOrDict()));
    }

    private static ObjectSchema volume() {
        return obj(
                p("name", str()),
                p("driver", str()),
                p("driver_opts", driverOpts()),
                p("external", external()),
                p("labels", listOrDict()));
    }

    private static ObjectSchema secret() {
        return obj(
                p("name", str()),
                p("environment", str()),
                p("file", str()),
                p("external", external()),
                p("labels", listOrDict()),
                p("driver", str()),
                p("driver_opts", driverOpts()),
                p("template_driver", str()));
    }

    private static ObjectSchema config() {
        return obj(
                p("name", str()),
                p("content", str()),
                p("environment", str()),
                p("file", str()),
                p("external", external()),
                p("labels", listOrDict()),
                p("template_driver", str()));
    }

    private static ObjectSchema model() {
        return obj(
                p("name", str()),
                req("model", str()),
                p("context_size", integer(0, Long.MAX_VALUE)),
                p("runtime_flags", listOf(str())));
    }

    /** {@code external: true}, or the legacy {@code external: {name: N}}. */
    private static Schema external() {
        return oneOf(bool(), obj(p("name", str())));
    }

    private static Schema driverOpts() {
        return mapOf(scalarOf(STRING, INT, FLOAT));
    }
}
