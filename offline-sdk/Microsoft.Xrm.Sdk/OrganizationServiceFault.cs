using System.Globalization;
using System.Text;

namespace Microsoft.Xrm.Sdk
{
    /// <summary>The detail of FaultException&lt;OrganizationServiceFault&gt;, the way the organization service reports a failed operation.</summary>
    public class OrganizationServiceFault : BaseServiceFault
    {
        public OrganizationServiceFault()
        {
        }

        public string TraceText { get; set; }

        public OrganizationServiceFault InnerFault { get; set; }

        /// <summary>A readable dump of the fault chain (code, message, timestamp), for logs and test failure messages.</summary>
        public override string ToString()
        {
            StringBuilder text = new StringBuilder();
            OrganizationServiceFault fault = this;
            while (fault != null)
            {
                if (text.Length > 0)
                {
                    text.Append(" --> ");
                }

                text.AppendFormat(CultureInfo.InvariantCulture, "OrganizationServiceFault (ErrorCode: 0x{0:X8}, Timestamp: {1:o}): {2}",
                    fault.ErrorCode, fault.Timestamp, fault.Message);
                fault = fault.InnerFault;
            }

            return text.ToString();
        }
    }
}
