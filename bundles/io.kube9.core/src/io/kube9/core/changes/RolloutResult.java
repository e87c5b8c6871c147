package io.kube9.core.changes;

/**
 * How a rollout ended.
 *
 * @param complete whether every replica runs the new template
 * @param message  what happened, in words for the user
 */
public record RolloutResult(boolean complete, String message) {
}
