package io.kube9.ui.tests;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.ui.IPersistableElement;
import org.eclipse.ui.IStorageEditorInput;

/**
 * What a URL answered, for a read-only text editor titled with the URL: the screenshots show a page fetched
 * through a port-forward this way, as this machine's SWT has no browser engine to render it.
 */
final class FetchedPage extends PlatformObject implements IStorageEditorInput {

	private final String url;
	private final String body;

	FetchedPage(String url, String body) {
		this.url = url;
		this.body = body;
	}

	@Override
	public IStorage getStorage() {
		return new Storage();
	}

	@Override
	public boolean exists() {
		return false;
	}

	@Override
	public ImageDescriptor getImageDescriptor() {
		return ImageDescriptor.getMissingImageDescriptor();
	}

	@Override
	public String getName() {
		return url;
	}

	@Override
	public IPersistableElement getPersistable() {
		return null;
	}

	@Override
	public String getToolTipText() {
		return url;
	}

	private final class Storage extends PlatformObject implements IStorage {

		@Override
		public InputStream getContents() {
			return new ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8));
		}

		@Override
		public IPath getFullPath() {
			return null;
		}

		@Override
		public String getName() {
			return url;
		}

		@Override
		public boolean isReadOnly() {
			return true;
		}
	}
}
