package dev.idcenter.protocol;

/**
 * A reference to a shape from a structure member, a list member or a map key/value, with the serialization traits
 * that sit on the reference.
 *
 * @param name         the member name (for list members and map keys/values: {@code member}, {@code key}, {@code value})
 * @param shape        the target shape
 * @param locationName the wire name, if the model renames it, else null
 * @param flattened    flattened on the reference (awsQuery/XML)
 */
public record ShapeMember(String name, Shape shape, String locationName, boolean flattened) {

    /** The name on the wire: {@code locationName} if set, else {@code defaultName}. */
    public String wireName(String defaultName) {
        return locationName != null ? locationName : defaultName;
    }

    /** True when this member is flattened either on the reference or on the target list/map shape. */
    public boolean isFlattened() {
        return flattened || shape.flattened;
    }
}
