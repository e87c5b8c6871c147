package io.kube9.core.changes;

import io.kube9.core.errors.KubeException;

/**
 * The dry run of one document of a multi-document text: what its apply would do, or why it cannot be applied.
 *
 * @param document the document's number in the text, from 1
 * @param object   what it names ("Deployment team-a/web"), as far as it says
 * @param preview  the dry run's answer, or null when it failed
 * @param failure  why it failed (classified), or null
 */
public record DocumentPreview(int document, String object, ApplyPreview preview, KubeException failure) {
}
