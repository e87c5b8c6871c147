package io.kube9.core.changes;

/**
 * A field that a change sets while another field manager owns it with another value (server-side apply's 409).
 *
 * @param field   the field's path, as the server names it ({@code .spec.replicas})
 * @param manager the manager that owns it ({@code kubectl-edit}), or empty when the server did not say
 * @param message the server's words
 */
public record FieldConflict(String field, String manager, String message) {
}
