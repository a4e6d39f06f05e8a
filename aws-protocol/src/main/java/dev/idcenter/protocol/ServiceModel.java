package dev.idcenter.protocol;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** One AWS service model (botocore format), resolved. Immutable and thread-safe. */
public final class ServiceModel {

    private final String name;
    private final String signingName;
    private final Protocol protocol;
    private final String apiVersion;
    private final String xmlNamespace;
    private final String targetPrefix;
    private final String serviceId;
    private final Map<String, OperationModel> operations;
    private final Map<String, Shape> shapes;
    private final Map<String, Shape.ErrorInfo> errorsByCode;

    ServiceModel(String name, String signingName, Protocol protocol, String apiVersion, String xmlNamespace,
                 String targetPrefix, String serviceId, Map<String, OperationModel> operations,
                 Map<String, Shape> shapes) {
        this.name = name;
        this.signingName = signingName;
        this.protocol = protocol;
        this.apiVersion = apiVersion;
        this.xmlNamespace = xmlNamespace;
        this.targetPrefix = targetPrefix;
        this.serviceId = serviceId;
        this.operations = Collections.unmodifiableMap(operations);
        this.shapes = Collections.unmodifiableMap(shapes);
        Map<String, Shape.ErrorInfo> byCode = new java.util.HashMap<>();
        shapes.values().stream().filter(s -> s.exception && s.error != null)
                .forEach(s -> byCode.putIfAbsent(s.error.code(), s.error));
        this.errorsByCode = Map.copyOf(byCode);
    }

    /** The model's name (its {@code uid} without the version), e.g. {@code iam}, {@code sso-admin}. */
    public String name() {
        return name;
    }

    /** The SigV4 signing name, e.g. {@code iam}, {@code sso}; also the IAM action prefix. */
    public String signingName() {
        return signingName;
    }

    /** The prefix of IAM action names, e.g. {@code iam} in {@code iam:CreateRole}. */
    public String actionPrefix() {
        return signingName;
    }

    public Protocol protocol() {
        return protocol;
    }

    public String apiVersion() {
        return apiVersion;
    }

    /** awsQuery's XML namespace, or null for JSON services. */
    public String xmlNamespace() {
        return xmlNamespace;
    }

    /** JSON 1.1's {@code X-Amz-Target} prefix, or null for awsQuery services. */
    public String targetPrefix() {
        return targetPrefix;
    }

    public String serviceId() {
        return serviceId;
    }

    /** Operations by name, in model order. */
    public Map<String, OperationModel> operations() {
        return operations;
    }

    public Optional<OperationModel> operation(String name) {
        return Optional.ofNullable(operations.get(name));
    }

    /** All shapes by name. */
    public Map<String, Shape> shapes() {
        return shapes;
    }

    public Optional<Shape> shape(String name) {
        return Optional.ofNullable(shapes.get(name));
    }

    /**
     * An {@link AwsErrorException} for a modeled exception shape, e.g. {@code NoSuchEntityException} in IAM
     * (code {@code NoSuchEntity}, 404) or {@code AccountNotFoundException} in Organizations (code = shape name, 400).
     */
    public AwsErrorException modeledError(String exceptionShapeName, String message) {
        Shape shape = shapes.get(exceptionShapeName);
        if (shape == null || !shape.exception()) {
            throw new IllegalArgumentException("no exception shape " + exceptionShapeName + " in " + name);
        }
        if (shape.error != null) {
            return new AwsErrorException(shape.error.code(), shape.error.httpStatus(), message,
                    shape.error.senderFault());
        }
        return new AwsErrorException(exceptionShapeName, 400, message, true);
    }

    /**
     * The error trait of the exception shape whose wire code is {@code code} (e.g. {@code NoSuchEntity} in IAM,
     * {@code ServiceException} in Organizations), so the codec answers a modeled error with the model's status.
     */
    public Optional<Shape.ErrorInfo> errorByCode(String code) {
        return Optional.ofNullable(errorsByCode.get(code));
    }

    @Override
    public String toString() {
        return signingName + "(" + apiVersion + ", " + protocol + ")";
    }

    static List<String> sortedOperationNames(ServiceModel m) {
        return m.operations.keySet().stream().sorted().toList();
    }
}
