package io.kube9.core.kubeconfig;

import java.nio.file.Path;

/**
 * Something wrong with one kubeconfig file, or with one context in it. It stays local: the other files and
 * contexts load as usual.
 *
 * @param file    the file concerned
 * @param context the context concerned, or null when the whole file is unusable
 * @param message what is wrong, for the user (never contains credentials)
 */
public record KubeconfigProblem(Path file, String context, String message) {
}
