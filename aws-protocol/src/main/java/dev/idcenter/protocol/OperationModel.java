package dev.idcenter.protocol;

import java.util.List;
import java.util.Optional;

/** One operation of a service model. Immutable. */
public final class OperationModel {

    private final String name;
    private final String httpMethod;
    private final String requestUri;
    private final Shape input;
    private final Shape output;
    private final String resultWrapper;
    private final List<Shape> errors;
    private final boolean deprecated;

    OperationModel(String name, String httpMethod, String requestUri, Shape input, Shape output, String resultWrapper,
                   List<Shape> errors, boolean deprecated) {
        this.name = name;
        this.httpMethod = httpMethod;
        this.requestUri = requestUri;
        this.input = input;
        this.output = output;
        this.resultWrapper = resultWrapper;
        this.errors = List.copyOf(errors);
        this.deprecated = deprecated;
    }

    /** e.g. {@code CreateRole}. */
    public String name() {
        return name;
    }

    public String httpMethod() {
        return httpMethod;
    }

    public String requestUri() {
        return requestUri;
    }

    /** The input structure; empty for operations without input. */
    public Optional<Shape> input() {
        return Optional.ofNullable(input);
    }

    /** The output structure; empty for operations without output. */
    public Optional<Shape> output() {
        return Optional.ofNullable(output);
    }

    /** awsQuery's result element, e.g. {@code CreateRoleResult}; empty when the operation has no output. */
    public Optional<String> resultWrapper() {
        return Optional.ofNullable(resultWrapper);
    }

    /** The modeled error shapes. */
    public List<Shape> errors() {
        return errors;
    }

    public boolean deprecated() {
        return deprecated;
    }

    @Override
    public String toString() {
        return name;
    }
}
