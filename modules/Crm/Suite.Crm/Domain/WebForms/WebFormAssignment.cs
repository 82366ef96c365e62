namespace Suite.Crm.Domain.WebForms;

/// <summary>Who gets the leads of a web form: always its owner, or each of the chosen users in turn.</summary>
public enum WebFormAssignment
{
    Owner,
    RoundRobin,
}
