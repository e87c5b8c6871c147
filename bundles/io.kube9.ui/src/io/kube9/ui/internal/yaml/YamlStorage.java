package io.kube9.ui.internal.yaml;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import org.eclipse.core.resources.IEncodedStorage;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.PlatformObject;

/**
 * A fetched object's text (its YAML, its description), held in memory: read-only for viewing (editors open it
 * without letting anyone change it), writable for Edit YAML, whose editor saves through the cluster instead.
 */
public final class YamlStorage extends PlatformObject implements IEncodedStorage {

	private final String name;
	private final String yaml;
	private final boolean readOnly;

	public YamlStorage(String name, String yaml, boolean readOnly) {
		this.name = name;
		this.yaml = yaml;
		this.readOnly = readOnly;
	}

	@Override
	public InputStream getContents() {
		return new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8));
	}

	@Override
	public String getCharset() {
		return StandardCharsets.UTF_8.name();
	}

	@Override
	public IPath getFullPath() {
		return null;
	}

	@Override
	public String getName() {
		return name;
	}

	@Override
	public boolean isReadOnly() {
		return readOnly;
	}

	public String yaml() {
		return yaml;
	}
}
