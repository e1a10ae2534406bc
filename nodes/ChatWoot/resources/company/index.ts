import { defineResource } from '../../shared/operation';
import { addCompanyContact } from './addContact';
import { createCompany } from './create';
import { deleteCompany } from './delete';
import { deleteCompanyAvatar } from './deleteAvatar';
import { deleteCompanyCustomAttributes } from './deleteCustomAttributes';
import { getCompany } from './get';
import { getCompanyContacts } from './getContacts';
import { getCompanyConversations } from './getConversations';
import { getManyCompanies } from './getMany';
import { getCompanyNotes } from './getNotes';
import { removeCompanyContact } from './removeContact';
import { searchCompanies } from './search';
import { searchContactsToAdd } from './searchContacts';
import { updateCompany } from './update';

export const company = defineResource(
	{ name: 'Company', value: 'company', description: 'Organisations your contacts belong to' },
	[addCompanyContact, createCompany, deleteCompany, deleteCompanyAvatar, deleteCompanyCustomAttributes, getCompany, getCompanyContacts, getCompanyConversations, getManyCompanies, getCompanyNotes, removeCompanyContact, searchCompanies, searchContactsToAdd, updateCompany],
);
