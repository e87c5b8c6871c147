package io.kube9.ui.internal.changes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.eclipse.jface.action.IContributionItem;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.ISources;
import org.eclipse.ui.actions.CompoundContributionItem;
import org.eclipse.ui.menus.CommandContributionItem;
import org.eclipse.ui.menus.CommandContributionItemParameter;
import org.eclipse.ui.menus.IWorkbenchContribution;
import org.eclipse.ui.services.IEvaluationService;
import org.eclipse.ui.services.IServiceLocator;

import io.kube9.ui.internal.tree.ResourceNode;

/**
 * The change commands of the context menu, those that fit every selected object. One the user may not perform
 * stays in the menu, disabled, and its label says why (menus show no tooltips).
 */
public final class ChangeMenu extends CompoundContributionItem implements IWorkbenchContribution {

	private IServiceLocator services;

	@Override
	public void initialize(IServiceLocator serviceLocator) {
		this.services = serviceLocator;
	}

	@Override
	protected IContributionItem[] getContributionItems() {
		List<ResourceNode> nodes = selectedNodes();
		List<IContributionItem> items = new ArrayList<>();
		if (nodes.isEmpty() || services == null) {
			return new IContributionItem[0];
		}
		for (ChangeAction action : ChangeAction.values()) {
			if (nodes.stream().allMatch(node -> action.appliesTo(node.kind()))) {
				CommandContributionItemParameter parameter = new CommandContributionItemParameter(services,
						"io.kube9.ui.changeMenu." + action.name().toLowerCase(), action.command(), //$NON-NLS-1$
						CommandContributionItem.STYLE_PUSH);
				parameter.label = label(action, nodes);
				items.add(new CommandContributionItem(parameter));
			}
		}
		return items.toArray(IContributionItem[]::new);
	}

	/** The action's menu label for these objects, with the reason when it is not permitted. */
	public static String label(ChangeAction action, List<ResourceNode> nodes) {
		String label = switch (action) {
		case EDIT -> ChangeMessages.menu_edit;
		case EDIT_SECRET -> ChangeMessages.menu_editSecret;
		case DELETE -> ChangeMessages.menu_delete;
		case SCALE -> ChangeMessages.menu_scale;
		case RESTART -> ChangeMessages.menu_restart;
		case CORDON -> ChangeMessages.menu_cordon;
		case UNCORDON -> ChangeMessages.menu_uncordon;
		};
		Optional<String> denied = Permissions.denied(nodes, action);
		return denied.isEmpty() ? label : NLS.bind(ChangeMessages.menu_denied, label, denied.get());
	}

	private List<ResourceNode> selectedNodes() {
		List<ResourceNode> nodes = new ArrayList<>();
		IEvaluationService evaluation = services == null ? null : services.getService(IEvaluationService.class);
		Object selection = evaluation == null ? null
				: evaluation.getCurrentState().getVariable(ISources.ACTIVE_CURRENT_SELECTION_NAME);
		if (selection instanceof IStructuredSelection structured) {
			for (Object element : structured) {
				if (!(element instanceof ResourceNode node)) {
					return List.of();
				}
				nodes.add(node);
			}
		}
		return nodes;
	}
}
